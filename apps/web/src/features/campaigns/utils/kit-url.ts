/**
 * The media kit downloads are plain links (the browser streams the zip to disk); the channel, when given, is
 * kept in the download log.
 */
const withChannel = (path: string, channel: string) => {
  const c = channel.trim();
  return c ? `${path}?${new URLSearchParams({ channel: c }).toString()}` : path;
};

export const workKitUrl = (campaignId: string, entryId: string, channel: string) =>
  withChannel(`/api/campaigns/${encodeURIComponent(campaignId)}/works/${encodeURIComponent(entryId)}/kit`, channel);

export const collectionKitUrl = (campaignId: string, channel: string) => withChannel(`/api/campaigns/${encodeURIComponent(campaignId)}/kit`, channel);
