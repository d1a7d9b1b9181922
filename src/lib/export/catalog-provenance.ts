// The provenance an export files for a layer: a bundled layer's from the catalog; a layer the
// catalog does not know (an imported one) by its title only.
import { layerById } from '../catalog/catalog';
import type { ExportProvenance } from './layer-geojson';

export function catalogProvenance(id: string, title: string): ExportProvenance {
  const l = layerById(id);
  if (!l) return { title, producer: '', cutoff: '', license: '', source: '' };
  const { repository, path, commit } = l.source;
  const source = `${repository}/${path} @ ${commit.slice(0, 7)}`;
  return { title, producer: l.producer, cutoff: l.version, license: l.license, source };
}
