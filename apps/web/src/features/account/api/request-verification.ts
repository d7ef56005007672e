import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client';

/** Mails the signed-in user a single-use link that proves the address is theirs (a few per hour). */
export const requestVerification = () => unwrap(api.POST('/api/auth/email-verification'));

export const useRequestVerification = () => useMutation({ mutationFn: requestVerification });
