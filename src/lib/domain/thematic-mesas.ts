// The thematic alternatives the guide offers next to zonal and regional mesas (§2.3.3): mesas by
// axis of transformation or by strategic milestone. The mesa chooses; these are its examples.

export interface ThematicOption {
  focus: string;
  mesas: readonly string[];
}

export const THEMATIC_MESAS: readonly ThematicOption[] = [
  {
    focus: 'Por ejes de transformación',
    mesas: [
      'Transformación minero ambiental',
      'Transformación productiva y comercial',
      'Transformación social',
      'Transición energética justa'
    ]
  },
  {
    focus: 'Por hitos estratégicos',
    mesas: [
      'Formalización minera',
      'Asociatividad e inclusión financiera',
      'Reconversión productiva y laboral',
      'Fomento y buenas prácticas mineras',
      'Reindustrialización'
    ]
  }
];

/** The guide suggests at most four to five thematic or zonal mesas per district (§2.3.3). */
export const MAX_MESAS = 5;
