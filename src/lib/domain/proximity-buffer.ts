// The distance within which an ethnic feature raises `proximidad` in the consulta previa
// pre-screen. DANCP publishes no fixed distance: this default is the platform's own assumption,
// shown as such in every screen, and each analysis can change it.
export const DEFAULT_PROXIMITY_BUFFER_KM = 5;

export const PROXIMITY_BUFFER_NOTE =
  'La distancia de proximidad es un supuesto de la plataforma (por defecto 5 km): la DANCP no publica una distancia fija.';
