import { isApiError } from '../../../lib/api-client';

/** The vote was refused because the address is not verified yet. */
export const needsVerification = (error: unknown) => isApiError(error) && error.reason === 'voting.email_not_verified';
