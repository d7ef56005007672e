import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client';

/** Mails a password reset link (30 minutes) if the address has an account; the same answer either way. */
export const requestPasswordReset = (email: string) => unwrap(api.POST('/api/auth/password-reset', { body: { email } }));

export const useRequestPasswordReset = () => useMutation({ mutationFn: requestPasswordReset });
