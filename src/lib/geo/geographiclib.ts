// GeographicLib's geodesic solver. CommonJS package: Node's ESM loader exposes it as `default`,
// bundlers as named exports.
import * as geographiclib from 'geographiclib-geodesic';

const lib =
  (geographiclib as unknown as { default?: typeof geographiclib }).default ?? geographiclib;

export const Geodesic = lib.Geodesic;
