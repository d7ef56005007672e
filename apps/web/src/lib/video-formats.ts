const NAMES: Record<string, string> = { webm: 'WebM' };

/** A video container by the name people know it by: MP4, MOV, WebM, MKV. */
export const containerName = (container: string): string => NAMES[container] ?? container.toUpperCase();
