package dev.minisuite.auth.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Clock;
import java.time.Duration;

import dev.minisuite.testsupport.MongoIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.mongodb.test.autoconfigure.DataMongoTest;
import org.springframework.data.mongodb.core.MongoTemplate;

@DataMongoTest
@MongoIntegrationTest
class SigningKeysTest {

    @Autowired
    MongoTemplate mongo;

    @BeforeEach
    void clearKeys() {
        mongo.dropCollection(SigningKeys.StoredKey.class);
    }

    SigningKeys start(String pem) {
        return new SigningKeys(new TokenProperties(Duration.ofMinutes(15), pem), mongo, Clock.systemUTC());
    }

    @Test
    void firstStartGeneratesAndStoresKey() {
        SigningKeys keys = start("");

        SigningKeys.StoredKey stored = mongo.findById(SigningKeys.CURRENT_KEY_ID, SigningKeys.StoredKey.class);
        assertThat(stored).isNotNull();
        assertThat(stored.keyId()).isEqualTo(keys.current().keyId());
    }

    @Test
    void restartReusesStoredKey() {
        String first = start("").current().keyId();

        String second = start("").current().keyId();

        assertThat(second).isEqualTo(first);
    }

    @Test
    void configuredKeyWinsOverStoredKey() {
        SigningKey stored = start("").current();
        mongo.dropCollection(SigningKeys.StoredKey.class);
        SigningKey other = start("").current();

        SigningKeys configured = start(stored.privateKeyPem());

        assertThat(configured.current().keyId()).isEqualTo(stored.keyId());
        assertThat(configured.current().keyId()).isNotEqualTo(other.keyId());
    }

    @Test
    void keyIdIsStableThumbprint() {
        SigningKey key = start("").current();

        assertThat(SigningKey.fromPem(key.privateKeyPem()).keyId()).isEqualTo(key.keyId());
    }

    @Test
    void rsaPkcs1PemIsRejectedWithConversionHint() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> SigningKey.fromPem("-----BEGIN RSA PRIVATE KEY-----\nAAAA\n-----END RSA PRIVATE KEY-----"))
                .withMessageContaining("openssl pkcs8");
    }

    @Test
    void garbagePemIsRejected() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> SigningKey.fromPem("-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----"))
                .withMessageContaining("PKCS #8");
    }
}
