// Distance on the WGS84 ellipsoid between two lon/lat points, in km (GeographicLib Inverse).
import { Geodesic } from './geographiclib';

const WGS84 = Geodesic.WGS84;

export function geodesicDistanceKm(lon1: number, lat1: number, lon2: number, lat2: number): number {
  return WGS84.Inverse(lat1, lon1, lat2, lon2, Geodesic.DISTANCE).s12! / 1000;
}
