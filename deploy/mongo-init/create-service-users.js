// Creates one user per MiniSuite service with readWrite on that service's own
// database and no other role. The mongo image runs this file with mongosh only
// when it initialises an empty data directory, so a password changed in .env
// later does not reach an existing volume (docs/deploy-gce.md shows how to
// change it there).
//
// The passwords come from the mongo container's environment, which
// docker-compose.yml fills from .env.

const serviceUsers = [
  { database: 'minisuite-auth', user: 'auth', passwordVariable: 'AUTH_DB_PASSWORD' },
  { database: 'minisuite-films', user: 'films', passwordVariable: 'FILMS_DB_PASSWORD' },
  { database: 'minisuite-posts', user: 'posts', passwordVariable: 'POSTS_DB_PASSWORD' },
];

// Checks every password before creating any user. The image does not rerun
// this script once the data directory exists, so a run that stopped halfway
// would leave some services without a user for good.
const missingVariables = serviceUsers
  .map(({ passwordVariable }) => passwordVariable)
  .filter((variable) => !process.env[variable]);
if (missingVariables.length > 0) {
  // An uncaught error makes mongosh exit non-zero, and the image's entrypoint
  // then stops instead of starting mongod.
  throw new Error(`Missing or empty in the mongo container: ${missingVariables.join(', ')}. `
    + 'Set them in .env, then remove the half-initialised volume with "docker compose down -v" and start again.');
}

for (const { database, user, passwordVariable } of serviceUsers) {
  const serviceDb = db.getSiblingDB(database);
  const password = process.env[passwordVariable];
  const roles = [{ role: 'readWrite', db: database }];

  if (serviceDb.getUser(user) === null) {
    serviceDb.createUser({ user, pwd: password, roles });
    print(`Created user '${user}' with readWrite on '${database}'`);
  } else {
    serviceDb.updateUser(user, { pwd: password, roles });
    print(`Updated password and roles of existing user '${user}' on '${database}'`);
  }
}
