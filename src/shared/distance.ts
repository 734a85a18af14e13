export interface LatLng {
  latitude: number;
  longitude: number;
}

/** A place's coordinates, when both are known (an imported address may have none). */
export function coordinatesOf(place: { latitude?: number; longitude?: number } | undefined): LatLng | undefined {
  return place?.latitude !== undefined && place.longitude !== undefined ? { latitude: place.latitude, longitude: place.longitude } : undefined;
}

const EARTH_RADIUS_KM = 6371.0088;
const toRad = (deg: number) => (deg * Math.PI) / 180;

/** Great-circle distance in kilometres (haversine); plenty accurate within a city. */
export function distanceKm(a: LatLng, b: LatLng): number {
  const dLat = toRad(b.latitude - a.latitude);
  const dLng = toRad(b.longitude - a.longitude);
  const h =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(toRad(a.latitude)) * Math.cos(toRad(b.latitude)) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Items sorted nearest first, each with its distance; items without coordinates last. */
export function sortByDistance<T>(
  items: T[],
  from: LatLng,
  place: (item: T) => LatLng | undefined,
): { item: T; km: number | undefined }[] {
  return items
    .map((item) => {
      const at = place(item);
      return { item, km: at ? distanceKm(from, at) : undefined };
    })
    .sort((x, y) => (x.km ?? Infinity) - (y.km ?? Infinity));
}
