// Command line of Atlas DMEDP: `npm run atlas -- <municipios|overlay|import|zonal|screen|matriz|anexo2|memoria|capas> [options]`.
// JSON on stdout with --json, a readable table otherwise; errors on stderr in Spanish, exit 1.
// Each command is imported when run: `screen` loads neither DuckDB, the Excel writer nor pg.
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_SLIVER_THRESHOLD } from '../lib/geo/sliver-threshold';
import { CliError } from './cli-error';
import { crsByCode } from '../lib/import/crs-by-code';
import { ImportError } from '../lib/import/import-error';
import type { SupportedCrs } from '../lib/import/supported-crs';
import { DEFAULT_PROXIMITY_BUFFER_KM } from '../lib/domain/proximity-buffer';
import { normaliseDaneCode, repairedCodesNote } from '../lib/domain/dane-code';

const USAGE = `Uso:
  atlas municipios [--json]
  atlas overlay --layer <capa incluida | equipo:<id>[@<versión>] | archivo.zip | .shp | .geojson> [--key <campo>]
                [--municipios 05736,05604,…] [--borde-ha ${DEFAULT_SLIVER_THRESHOLD.maxHa}] [--borde-pct ${DEFAULT_SLIVER_THRESHOLD.maxPctOfFeature}]
                [--hilos N] [--json]
  atlas import <archivo.zip | archivo.shp | archivo.geojson> [--salida capa.geojson] [--json]
  atlas zonal --raster <archivo.tif> [--categorico] [--municipios 05736,…] [--json]
  atlas screen --municipios 05736,… [--buffer-km ${DEFAULT_PROXIMITY_BUFFER_KM}] [--capa-etnica archivo.zip[:CAMPO]]… [--json]
  atlas matriz --municipios 05736,… [--json]
  atlas anexo2 --municipios 05736,… [--xlsx anexo2.xlsx] [--nombre "Nordeste Antioqueño"] [--buffer-km ${DEFAULT_PROXIMITY_BUFFER_KM}] [--json]
  atlas memoria --municipios 05736,… --docx memoria.docx [--nombre "Nordeste Antioqueño"] [--buffer-km ${DEFAULT_PROXIMITY_BUFFER_KM}] [--json]
  matriz, anexo2 y memoria leen además capas y listas importadas, como la página del distrito:
                [--capa archivo.zip|.shp|.geojson [--tipo étnico|ambiental|minero|ordenamiento] [--clave CAMPO]]…
                [--lista tabla.csv|.tsv (municipios por código DANE, p. ej. ZOMAC)]…
                (cada --tipo y --clave va con la --capa en la misma posición; un esquema conocido los da)
  screen, matriz, anexo2 y memoria usan la versión vigente de cada capa del equipo (screen: las étnicas)
                y --layer equipo:<id>[@<versión>]… fija una versión; layers_checked nombra cada una
  atlas capas agregar <archivo.zip | .shp | .geojson | .csv | .xlsx> --nombre <id>
                --tipo etnico|ambiental|minero|ordenamiento|tabla --productor <texto> --corte AAAA-MM-DD
                [--licencia <texto>] [--clave <campo>] [--json]
  atlas capas listar [--json]
  atlas capas cambios --capa <id> [--json]
                (qué cambia la última versión en cada distrito guardado, frente a la anterior)
                (biblioteca de capas del equipo, en la base de ATLAS_DB, por defecto var/atlas.sqlite)
Opciones comunes: --datos <carpeta> (por defecto ./data o ATLAS_DATA_DIR)
                 --crs EPSG:XXXX (sistema de coordenadas de un shapefile sin .prj; p. ej. EPSG:9377)`;

function positiveNumber(flag: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const n = value.trim() === '' ? Number.NaN : Number(value);
  if (!Number.isFinite(n) || n < 0)
    throw new CliError(`${flag}: se esperaba un número ≥ 0, no «${value}».`, 2);
  return n;
}

/** --crs: a supported system by its EPSG code, or a usage error listing them. */
function namedCrs(value: string): SupportedCrs {
  try {
    return crsByCode(value);
  } catch (e) {
    if (e instanceof ImportError) throw new CliError(`--crs: ${e.message}`, 2);
    throw e;
  }
}

type Emit = (json: unknown, table: string, warnings: string[]) => void;

/** `capas agregar <archivo> …` and `capas listar`: the team library. */
async function capas(
  args: string[],
  values: Record<string, string | boolean | string[] | undefined>,
  dataDir: string,
  crs: SupportedCrs | undefined,
  emit: Emit
): Promise<void> {
  const [sub, file] = args;
  const one = (flag: string) => {
    const v = values[flag] as string[] | undefined;
    if ((v?.length ?? 0) > 1) throw new CliError(`capas: --${flag} va una sola vez.`, 2);
    return v?.[0];
  };
  if (sub === 'listar') {
    const { output, table } = await (await import('./commands/capas-listar')).capasListar();
    return emit(output, table, []);
  }
  if (sub === 'cambios') {
    const id = one('capa');
    if (!id) throw new CliError(`capas cambios: falta --capa <id>.\n${USAGE}`, 2);
    const { output, table } = await (
      await import('./commands/capas-cambios')
    ).capasCambios(id, dataDir);
    return emit(output, table, []);
  }
  if (sub !== 'agregar')
    throw new CliError(
      `capas: use «capas agregar <archivo> …», «capas listar» o «capas cambios --capa <id>».\n${USAGE}`,
      2
    );
  if (!file) throw new CliError(`capas agregar: indique el archivo.\n${USAGE}`, 2);
  const { stat } = await import('node:fs/promises');
  if (!(await stat(file).catch(() => null))?.isFile())
    throw new CliError(`«${file}» no existe o no es un archivo.`);
  const text = (flag: string) => values[flag] as string | undefined;
  const { output, table } = await (
    await import('./commands/capas-agregar')
  ).capasAgregar(
    {
      file,
      nombre: text('nombre'),
      tipo: one('tipo'),
      productor: text('productor'),
      corte: text('corte'),
      licencia: text('licencia'),
      clave: one('clave'),
      crs
    },
    dataDir
  );
  emit(output, table, []);
}

async function run(argv: string[]): Promise<void> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        json: { type: 'boolean' },
        layer: { type: 'string', multiple: true },
        key: { type: 'string' },
        municipios: { type: 'string' },
        'borde-ha': { type: 'string' },
        'borde-pct': { type: 'string' },
        hilos: { type: 'string' },
        raster: { type: 'string' },
        categorico: { type: 'boolean' },
        salida: { type: 'string' },
        'buffer-km': { type: 'string' },
        'capa-etnica': { type: 'string', multiple: true },
        capa: { type: 'string', multiple: true },
        tipo: { type: 'string', multiple: true },
        clave: { type: 'string', multiple: true },
        lista: { type: 'string', multiple: true },
        xlsx: { type: 'string' },
        docx: { type: 'string' },
        nombre: { type: 'string' },
        productor: { type: 'string' },
        corte: { type: 'string' },
        licencia: { type: 'string' },
        datos: { type: 'string' },
        crs: { type: 'string' },
        help: { type: 'boolean', short: 'h' }
      }
    });
  } catch (e) {
    throw new CliError(`${(e as Error).message}\n${USAGE}`, 2);
  }
  const { values, positionals } = parsed;
  const [command] = positionals;
  if (values.help || !command) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const dataDir = resolve(values.datos ?? process.env.ATLAS_DATA_DIR ?? 'data');
  const crs = values.crs === undefined ? {} : { crs: namedCrs(values.crs) };
  const emit = (json: unknown, table: string, warnings: string[]) => {
    process.stdout.write(values.json ? `${JSON.stringify(json)}\n` : `${table}\n`);
    if (!values.json) for (const w of warnings) process.stderr.write(`aviso: ${w}\n`);
  };
  // Codes that lost their leading zero are repaired as the web page repairs them, with its warning.
  const tokens = (values.municipios ?? '').split(',').filter((c) => c.trim());
  const codes = tokens.map((t) => normaliseDaneCode(t) ?? { code: t.trim(), repaired: false });
  const repaired = codes.flatMap((c, i) => (c.repaired ? [{ raw: tokens[i]!, code: c.code }] : []));
  if (repaired.length) process.stderr.write(`aviso: ${repairedCodesNote(repaired)}\n`);
  const municipioList = tokens.length ? { municipios: codes.map((c) => c.code) } : {};
  // Imported layers and municipio lists of anexo2 and memoria (as the district page imports them).
  const imported = {
    capas: values.capa ?? [],
    tipos: values.tipo ?? [],
    claves: values.clave ?? [],
    listas: values.lista ?? [],
    equipo: values.layer ?? [],
    ...crs
  };
  if (command === 'municipios') {
    const { rows, table, warnings } = await (
      await import('./commands/municipios')
    ).municipiosCommand(dataDir);
    emit(rows, table, warnings);
  } else if (command === 'overlay') {
    const [layer, ...extra] = values.layer ?? [];
    if (!layer) throw new CliError(`overlay: falta --layer.\n${USAGE}`, 2);
    if (extra.length) throw new CliError(`overlay: una sola --layer por cruce.\n${USAGE}`, 2);
    const { output, table } = await (
      await import('./commands/overlay')
    ).overlayCommand(
      {
        layer,
        ...(values.key ? { key: values.key } : {}),
        ...municipioList,
        sliver: {
          maxHa: positiveNumber('--borde-ha', values['borde-ha'], DEFAULT_SLIVER_THRESHOLD.maxHa),
          maxPctOfFeature: positiveNumber(
            '--borde-pct',
            values['borde-pct'],
            DEFAULT_SLIVER_THRESHOLD.maxPctOfFeature
          )
        },
        ...(values.hilos
          ? { threads: Math.max(1, Math.round(positiveNumber('--hilos', values.hilos, 1))) }
          : {}),
        ...crs
      },
      dataDir
    );
    emit(output, table, [
      ...output.repaired.map((r) => `«${r.feature}» reparado: ${r.reason}`),
      ...output.warnings
    ]);
  } else if (command === 'import') {
    const file = positionals[1];
    if (!file) throw new CliError(`import: indique el archivo.\n${USAGE}`, 2);
    const { stat } = await import('node:fs/promises');
    if (!(await stat(file).catch(() => null))?.isFile())
      throw new CliError(`«${file}» no existe o no es un archivo.`);
    const { output, table } = await (
      await import('./commands/import')
    ).importCommand(file, values.salida, crs.crs);
    emit(output, table, output.warnings);
  } else if (command === 'zonal') {
    if (!values.raster) throw new CliError(`zonal: falta --raster.\n${USAGE}`, 2);
    const { output, table } = await (
      await import('./commands/zonal')
    ).zonalCommand(
      {
        raster: values.raster,
        categorical: Boolean(values.categorico),
        ...municipioList
      },
      dataDir
    );
    emit(output, table, output.warnings);
  } else if (command === 'screen') {
    if (!municipioList.municipios?.length)
      throw new CliError(`screen: falta --municipios.\n${USAGE}`, 2);
    const { output, table } = await (
      await import('./commands/screen')
    ).screenCommand(
      {
        municipios: municipioList.municipios,
        bufferKm: positiveNumber('--buffer-km', values['buffer-km'], DEFAULT_PROXIMITY_BUFFER_KM),
        files: values['capa-etnica'] ?? [],
        team: values.layer ?? [],
        ...crs
      },
      dataDir
    );
    emit(output, table, output.warnings);
  } else if (command === 'matriz') {
    if (!municipioList.municipios?.length)
      throw new CliError(`matriz: falta --municipios.\n${USAGE}`, 2);
    const { output, table } = await (
      await import('./commands/matriz')
    ).matrizCommand(
      {
        municipios: municipioList.municipios,
        ...imported,
        bufferKm: DEFAULT_PROXIMITY_BUFFER_KM,
        sliver: DEFAULT_SLIVER_THRESHOLD
      },
      dataDir
    );
    emit(output, table, []);
  } else if (command === 'anexo2') {
    if (!municipioList.municipios?.length)
      throw new CliError(`anexo2: falta --municipios.\n${USAGE}`, 2);
    const { output, text } = await (
      await import('./commands/anexo2')
    ).anexo2Command(
      {
        municipios: municipioList.municipios,
        ...imported,
        ...(values.nombre ? { name: values.nombre } : {}),
        ...(values.xlsx ? { xlsx: values.xlsx } : {}),
        bufferKm: positiveNumber('--buffer-km', values['buffer-km'], DEFAULT_PROXIMITY_BUFFER_KM),
        sliver: DEFAULT_SLIVER_THRESHOLD,
        now: new Date()
      },
      dataDir
    );
    emit(output, text, []);
  } else if (command === 'memoria') {
    if (!municipioList.municipios?.length)
      throw new CliError(`memoria: falta --municipios.\n${USAGE}`, 2);
    if (!values.docx) throw new CliError(`memoria: falta --docx.\n${USAGE}`, 2);
    const { output, text } = await (
      await import('./commands/memoria')
    ).memoriaCommand(
      {
        municipios: municipioList.municipios,
        ...imported,
        ...(values.nombre ? { name: values.nombre } : {}),
        docx: values.docx,
        bufferKm: positiveNumber('--buffer-km', values['buffer-km'], DEFAULT_PROXIMITY_BUFFER_KM),
        sliver: DEFAULT_SLIVER_THRESHOLD,
        now: new Date()
      },
      dataDir
    );
    emit(output, text, []);
  } else if (command === 'capas') {
    await capas(positionals.slice(1), values, dataDir, crs.crs, emit);
  } else {
    throw new CliError(`Comando desconocido «${command}».\n${USAGE}`, 2);
  }
}

// A closed pipe (`| head`) ends the command quietly.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});

// exitCode, not exit(): a piped stdout must drain first.
run(process.argv.slice(2)).then(
  () => (process.exitCode = 0),
  (e: unknown) => {
    const message =
      e instanceof CliError
        ? e.message
        : `error inesperado: ${e instanceof Error ? e.message : String(e)}`;
    process.stderr.write(`atlas: ${message}\n`);
    process.exitCode = e instanceof CliError ? e.exitCode : 1;
  }
);
