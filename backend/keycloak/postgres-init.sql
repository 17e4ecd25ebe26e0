-- docker-compose: run once by the postgres image on its first start (empty data volume).
-- Keycloak keeps its realm in a database of its own, beside the API's "xianan".
CREATE DATABASE keycloak;
