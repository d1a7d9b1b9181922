// The command line's form of node/team-node-layer.ts: a table by DANE code is a CliError.
import { RuleError } from '../lib/domain/errors/rule-error';
import type { NodeLayer } from '../lib/node/district-facts';
import type { TeamLayerData } from '../lib/node/team-layer-data';
import { teamNodeLayer as nodeLayer } from '../lib/node/team-node-layer';
import { CliError } from './cli-error';

export function teamNodeLayer(data: TeamLayerData): NodeLayer {
  try {
    return nodeLayer(data);
  } catch (e) {
    throw e instanceof RuleError ? new CliError(e.message) : e;
  }
}
