// The page the service worker shows for a page that was never saved on this device.
export const prerender = true;
