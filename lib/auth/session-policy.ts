// How long a signed-in session lasts (hours), and after how many failed sign-ins an account pauses.
export const SESSION_HOURS = 12;
export const SIGN_IN_MAX_FAILURES = 10;
export const SIGN_IN_LOCK_MINUTES = 15;
