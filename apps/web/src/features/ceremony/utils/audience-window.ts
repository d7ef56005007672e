import { paths } from '../../../app/paths';

/** The part of the Window Management API used here (Chromium; absent elsewhere, and from TypeScript's DOM types). */
interface ScreenDetailed {
  availLeft: number;
  availTop: number;
  availWidth: number;
  availHeight: number;
}
interface ScreenDetails {
  screens: ScreenDetailed[];
  currentScreen: ScreenDetailed;
}
type WithScreenDetails = Window & { getScreenDetails?: () => Promise<ScreenDetails> };

/** How long to wait for the browser's answer about screens (it may ask the organiser) before opening a plain window. */
const SCREENS_TIMEOUT_MS = 4000;

/**
 * Where the audience window goes: filling a second screen (the projector) when the browser can say where it is
 * (the Window Management API, after the organiser allows it), else a 16:9 window the organiser drags there.
 */
export async function audienceWindowFeatures(w: WithScreenDetails = window): Promise<string> {
  const plain = 'popup,width=1280,height=720';
  if (typeof w.getScreenDetails !== 'function') return plain;
  try {
    const details = await Promise.race([w.getScreenDetails(), new Promise<null>((resolve) => setTimeout(() => resolve(null), SCREENS_TIMEOUT_MS))]);
    const other = details?.screens.find((s) => s !== details.currentScreen);
    if (!other) return plain;
    return `popup,left=${other.availLeft},top=${other.availTop},width=${other.availWidth},height=${other.availHeight}`;
  } catch {
    // refused, or not allowed here: a plain window
    return plain;
  }
}

/** Opens (or brings back) the audience window of this ceremony: one per competition, named so a second click reuses it. */
export async function openAudienceWindow(competitionId: string): Promise<Window | null> {
  const features = await audienceWindowFeatures();
  const opened = window.open(paths.ceremonyAudience(competitionId), `clapper-ceremony-audience-${competitionId}`, features);
  opened?.focus();
  return opened;
}
