package dev.minisuite.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MongoUrisTest {

    @Test
    void addsDatabaseToUriWithoutPath() {
        assertThat(MongoUris.withDatabase("mongodb://db.example:27017", "minisuite-auth"))
                .isEqualTo("mongodb://db.example:27017/minisuite-auth");
    }

    @Test
    void replacesExistingDatabase() {
        assertThat(MongoUris.withDatabase("mongodb://db.example:27017/other?replicaSet=rs0", "minisuite-films"))
                .isEqualTo("mongodb://db.example:27017/minisuite-films?replicaSet=rs0");
    }

    @Test
    void credentialsKeepAuthenticatingAgainstAdmin() {
        assertThat(MongoUris.withDatabase("mongodb://root:secret@db.example/", "minisuite-posts"))
                .isEqualTo("mongodb://root:secret@db.example/minisuite-posts?authSource=admin");
    }

    @Test
    void credentialsKeepAuthenticatingAgainstNamedDatabase() {
        assertThat(MongoUris.withDatabase("mongodb://root:secret@db.example/users?tls=true", "minisuite-posts"))
                .isEqualTo("mongodb://root:secret@db.example/minisuite-posts?tls=true&authSource=users");
    }

    @Test
    void explicitAuthSourceIsKept() {
        assertThat(MongoUris.withDatabase("mongodb://u:p@h1,h2/?authSource=admin&replicaSet=rs0", "minisuite-auth"))
                .isEqualTo("mongodb://u:p@h1,h2/minisuite-auth?authSource=admin&replicaSet=rs0");
    }

    @Test
    void rejectsNonMongoUri() {
        assertThatThrownBy(() -> MongoUris.withDatabase("http://db.example", "x"))
                .isInstanceOf(LauncherException.class)
                .hasMessageContaining("MINISUITE_MONGODB_URI");
    }
}
