import { useMutation } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../../lib/api-client';

export type ResetPasswordInput = Schemas['ResetPasswordDto'];

/** Sets a new password with the mailed link's token; every session of the account ends, so the person signs in again. */
export const resetPassword = (body: ResetPasswordInput) => unwrap(api.POST('/api/auth/password-reset/confirm', { body }));

export const useResetPassword = () => useMutation({ mutationFn: resetPassword });
