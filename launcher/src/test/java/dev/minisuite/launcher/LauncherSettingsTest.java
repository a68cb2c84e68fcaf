package dev.minisuite.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

class LauncherSettingsTest {

    static final Path HOME = Path.of("/opt/minisuite");

    @Test
    void defaultsMatchComposePorts() {
        LauncherSettings settings = LauncherSettings.fromEnvironment(Map.of(), HOME);

        assertThat(settings.authPort()).isEqualTo(8081);
        assertThat(settings.filmsPort()).isEqualTo(8082);
        assertThat(settings.postsPort()).isEqualTo(8083);
        assertThat(settings.embeddedStore()).isTrue();
        assertThat(settings.dataDirectory()).isEqualTo(HOME.resolve(".minisuite"));
    }

    @Test
    void mongoUriDisablesEmbeddedStore() {
        LauncherSettings settings = LauncherSettings.fromEnvironment(
                Map.of("MINISUITE_MONGODB_URI", "mongodb://db.example"), HOME);

        assertThat(settings.embeddedStore()).isFalse();
    }

    @Test
    void portsAreConfigurable() {
        LauncherSettings settings = LauncherSettings.fromEnvironment(Map.of("AUTH_PORT", "9081"), HOME);

        assertThat(settings.authPort()).isEqualTo(9081);
    }

    @Test
    void malformedPortNamesSetting() {
        assertThatThrownBy(() -> LauncherSettings.fromEnvironment(Map.of("FILMS_PORT", "eighty"), HOME))
                .isInstanceOf(LauncherException.class)
                .hasMessageContaining("FILMS_PORT");
    }

    @Test
    void samePortForTwoServicesIsRejected() {
        assertThatThrownBy(() -> LauncherSettings.fromEnvironment(Map.of("AUTH_PORT", "9091", "FILMS_PORT", "9091"), HOME))
                .isInstanceOf(LauncherException.class)
                .hasMessage("AUTH_PORT and FILMS_PORT are both 9091; give each service its own port.");
    }

    @Test
    void storePortOfAServiceIsRejected() {
        assertThatThrownBy(() -> LauncherSettings.fromEnvironment(Map.of("MINISUITE_MONGO_PORT", "8081"), HOME))
                .isInstanceOf(LauncherException.class)
                .hasMessageContaining("MINISUITE_MONGO_PORT and AUTH_PORT");
    }

    @Test
    void adminEmailWithoutPasswordIsRejected() {
        assertThatThrownBy(() -> LauncherSettings.fromEnvironment(Map.of("ADMIN_EMAIL", "a@example.com"), HOME))
                .isInstanceOf(LauncherException.class)
                .hasMessageContaining("ADMIN_PASSWORD");
    }
}
