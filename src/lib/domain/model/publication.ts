// The publication period of a draft district (guide §1.2): its dates, the district as published
// and the documents under consultation.

export interface Publication {
  district_id: string;
  /** The district's name and municipios as published (frozen when the period is set). */
  name: string;
  municipios: string[];
  opens_at: string;
  closes_at: string;
  updated_by: string;
  updated_at: string;
}

/** A period as the public error page lists it (scheduled or open). */
export interface PublicPeriod {
  district_id: string;
  name: string;
  opens_at: string;
  closes_at: string;
  state: 'programado' | 'abierto';
}

export interface PeriodInput {
  name: string;
  municipios: string[];
  opens_at: string;
  closes_at: string;
}

export type DocumentKind = 'resolucion' | 'memoria' | 'otro';

export interface PublicationDocument {
  id: number;
  kind: DocumentKind;
  title: string;
  filename: string;
  media_type: string;
  size: number;
  uploaded_by: string;
  uploaded_at: string;
}

export interface DocumentInput {
  kind: DocumentKind;
  title: string;
  filename: string;
  media_type: string;
  bytes: Uint8Array;
}
