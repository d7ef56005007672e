import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client';

/** Sends the sign-up email to the address again (a new confirmation link); the same answer whatever the address. */
export const resendSignUp = (email: string) => unwrap(api.POST('/api/auth/sign-up/resend', { body: { email } }));

export const useResendSignUp = () => useMutation({ mutationFn: resendSignUp });
