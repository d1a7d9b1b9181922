// Composition of a thematic or zonal mesa (guide §2.3): groups of 25 to 30 people, at least two
// professionals (moderator and rapporteur), at least 20 % of attendees with some voluntary
// self-recognition (women, ethnic groups, victims, youth…) — counted only as an aggregate, never
// per person — and two representatives to the district mesa, one designated by the ethnic
// organizations when they take part.

export interface MesaComposition {
  attendees: number;
  professionals: number;
  /** Attendees who chose to declare some self-recognition (aggregate). */
  selfRecognized: number;
  ethnicOrganizations: boolean;
  representatives: number;
  /** Of the representatives, those designated by ethnic organizations. */
  ethnicRepresentatives: number;
}

export const GROUP_MIN = 25;
export const GROUP_MAX = 30;
/** 20 % of the attendees, rounded up, in integers (0.2 × 30 is 6.000000000000001 in floats). */
export const selfRecognitionNeeded = (attendees: number): number => Math.ceil(attendees / 5);

/** Spanish problems with the composition (empty: it meets the guide). */
export function compositionProblems(c: MesaComposition): string[] {
  const p: string[] = [];
  if (c.attendees < GROUP_MIN || c.attendees > GROUP_MAX)
    p.push(`El grupo debe tener entre ${GROUP_MIN} y ${GROUP_MAX} personas; tiene ${c.attendees}.`);
  if (c.professionals < 2)
    p.push('Se requieren al menos dos profesionales (moderación y relatoría).');
  if (c.selfRecognized > c.attendees)
    p.push('Hay más personas con autorreconocimiento que asistentes.');
  else if (c.selfRecognized < selfRecognitionNeeded(c.attendees))
    p.push(
      `Al menos el 20 % de los asistentes debe tener algún autorreconocimiento: se requieren ${selfRecognitionNeeded(c.attendees)}, hay ${c.selfRecognized}.`
    );
  if (c.representatives !== 2) p.push('Cada mesa elige dos representantes.');
  if (c.ethnicOrganizations && c.ethnicRepresentatives < 1)
    p.push(
      'Con organizaciones étnicas presentes, uno de los dos representantes lo designan ellas.'
    );
  return p;
}

/** More than two volunteers: elected by simple vote; otherwise the volunteers are the two. */
export const representativesByVote = (volunteers: number): boolean => volunteers > 2;
