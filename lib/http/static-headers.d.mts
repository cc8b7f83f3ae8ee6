/** The security headers every answer carries whatever the request (lib/http/static-headers.mjs). */
export declare const STATIC_SECURITY_HEADERS: Readonly<Record<string, string>>;
