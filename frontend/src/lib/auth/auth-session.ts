/** The signed-in user, as the access token describes them. */
export type AuthUser = {
  /** Login name (`preferred_username`). */
  username: string;
  /** Name to show; the API's `/me` may give a better one. */
  displayName: string;
  /** Realm roles from `realm_access.roles`, including non-functional ones Keycloak adds. */
  roles: string[];
  /** The `department` claim: one department code, or null for users without one (analysts). */
  department: string | null;
};

/** A signed-in session, independent of Keycloak so tests can supply their own. */
export interface AuthSession {
  readonly user: AuthUser;
  /** A token valid for at least 30 more seconds; refreshes first when needed. */
  getAccessToken(): Promise<string>;
  /** Starts a new login (full-page redirect). */
  login(): void;
  /** Ends the session in Keycloak too and comes back to the app's start page. */
  logout(): void;
}
