import { useMutation } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../../lib/api-client';

export type SignUpInput = Schemas['SignUpDto'];
export type CheckEmail = Schemas['CheckEmailDto'];

/**
 * Asks for an account. The answer is "check your email" whether or not the address has an account; nobody is signed
 * in until the mailed link is opened.
 */
export const signUp = (body: SignUpInput) => unwrap(api.POST('/api/auth/sign-up', { body }));

export const useSignUp = () => useMutation({ mutationFn: signUp });
