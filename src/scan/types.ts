/** A file read as text from the workspace; never executed, imported or evaluated. */
export interface SourceFile {
  /** workspace-relative, forward slashes */
  readonly path: string;
  readonly text: string;
}

/** One use of the Mastodon API found in the code. */
export interface ApiCall {
  readonly file: string;
  /** 1-based */
  readonly line: number;
  /** what was called, as a reader would name it: `mastodon.status_post`, `masto.v1.statuses.create`, `POST /api/v1/statuses` */
  readonly what: string;
  /** how it was recognised */
  readonly via: 'http' | 'library' | 'streaming' | 'workflow-action';
  /** HTTP method, upper case, when known */
  readonly method?: string;
  /** the route as the endpoint table spells it (`/api/v1/statuses/:id/favourite`); for the streaming API
   * the channel, spelled `stream:<channel>` (`stream:user`, `stream:user:notification`, `stream:public`) */
  readonly route?: string;
  /** the library and version range this came from, e.g. `Mastodon.py 2.x` */
  readonly library?: string;
}

/** A call whose endpoint cannot be told (path built at run time, unknown wrapper method). Never dropped. */
export interface UnresolvedCall {
  readonly file: string;
  readonly line: number;
  readonly what: string;
  readonly reason: string;
}

export interface FoundCalls {
  readonly calls: ApiCall[];
  readonly unresolved: UnresolvedCall[];
}
