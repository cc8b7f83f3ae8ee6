// Where a user changes their password, and the refusal code for anything else while they must (no I/O: shared by guard, routes and UI).
export const CHANGE_PASSWORD_PATH = '/account/password';
/** refusal code (a key under actionErrors) for every action and API call while a password change is pending */
export const PASSWORD_CHANGE_REQUIRED = 'passwordChangeRequired';
