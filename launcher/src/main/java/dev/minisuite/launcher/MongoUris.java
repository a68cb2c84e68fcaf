package dev.minisuite.launcher;

/**
 * Derives each service's connection string from one MongoDB URI by setting its database, the way compose gives
 * each service a database of its own.
 */
final class MongoUris {

    private MongoUris() {
    }

    /**
     * Replaces the database path of {@code uri} with {@code database} and keeps the hosts, credentials and options.
     * Without an {@code authSource} option, the driver would authenticate against the new database, so a URI with
     * credentials gets {@code authSource} set to the database it named before, or {@code admin}.
     */
    static String withDatabase(String uri, String database) {
        int schemeEnd = uri.indexOf("://");
        if (schemeEnd < 0 || !uri.startsWith("mongodb")) {
            throw new LauncherException(LauncherSettings.MONGODB_URI + " must start with mongodb:// or mongodb+srv://");
        }
        int authorityStart = schemeEnd + 3;
        int queryStart = uri.indexOf('?', authorityStart);
        String beforeQuery = queryStart < 0 ? uri : uri.substring(0, queryStart);
        String query = queryStart < 0 ? "" : uri.substring(queryStart + 1);
        int pathStart = beforeQuery.indexOf('/', authorityStart);
        String authority = pathStart < 0 ? beforeQuery.substring(authorityStart) : beforeQuery.substring(authorityStart, pathStart);
        String oldDatabase = pathStart < 0 ? "" : beforeQuery.substring(pathStart + 1);

        boolean hasCredentials = authority.contains("@");
        boolean hasAuthSource = ("&" + query).contains("&authSource=");
        if (hasCredentials && !hasAuthSource) {
            String authSource = "authSource=" + (oldDatabase.isEmpty() ? "admin" : oldDatabase);
            query = query.isEmpty() ? authSource : query + "&" + authSource;
        }
        return uri.substring(0, authorityStart) + authority + "/" + database + (query.isEmpty() ? "" : "?" + query);
    }
}
