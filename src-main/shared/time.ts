/** The base's time zone: every date and time the app shows or stores is in it (domain.md §0). */
export const BASE_TIME_ZONE = 'Asia/Shanghai'
