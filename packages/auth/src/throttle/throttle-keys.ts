// Names of throttle rows. Sign-in and password checks share the account key (a password guess
// is a password guess wherever it is made); the second factor has its own.

export const accountThrottleKey = (userIdOrLogin: string) => `account:${userIdOrLogin}`;
export const ipThrottleKey = (ip: string) => `ip:${ip}`;
export const twoFactorThrottleKey = (userId: string) => `two-factor:${userId}`;
