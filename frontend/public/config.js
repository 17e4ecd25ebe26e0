// Runtime configuration of the web app. Deployments overwrite this file; the bundle is the same everywhere.
// apiUrl: where the Quarkus API answers; keycloakUrl/realm/clientId: the OIDC login (authorization code + PKCE).
window.__APP_CONFIG__ = {
  apiUrl: "http://localhost:8080",
  keycloakUrl: "http://localhost:8180",
  realm: "xianan",
  clientId: "spa",
};
