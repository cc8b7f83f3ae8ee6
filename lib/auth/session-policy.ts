// How long a signed-in session lasts (hours). Sign-in limits are settings now (signIn.* in lib/settings/rules.ts).
export const SESSION_HOURS = 12;
