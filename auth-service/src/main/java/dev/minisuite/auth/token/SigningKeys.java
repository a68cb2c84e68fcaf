package dev.minisuite.auth.token;

import java.security.GeneralSecurityException;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateCrtKey;
import java.time.Clock;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.mapping.Field;
import org.springframework.stereotype.Component;

/**
 * Provides the key that signs access tokens.
 *
 * <p>A key given in configuration wins. Otherwise the key is read from the {@code signing_keys} collection, and the
 * first instance to start generates and inserts it under a fixed id, so that restarts and replicas sign with the
 * same key. When two instances start at once, the slower one loses the insert race and reads the winner's key.
 */
@Component
public class SigningKeys {

    static final String CURRENT_KEY_ID = "current";

    private static final Logger log = LoggerFactory.getLogger(SigningKeys.class);

    private final SigningKey current;

    SigningKeys(TokenProperties properties, MongoTemplate mongo, Clock clock) {
        this.current = properties.privateKeyPem().isBlank()
                ? loadOrGenerate(mongo, clock)
                : fromConfiguration(properties.privateKeyPem());
    }

    public SigningKey current() {
        return current;
    }

    private static SigningKey fromConfiguration(String pem) {
        SigningKey key = SigningKey.fromPem(pem);
        log.info("Signing access tokens with the configured key, kid={}", key.keyId());
        return key;
    }

    private static SigningKey loadOrGenerate(MongoTemplate mongo, Clock clock) {
        StoredKey stored = mongo.findById(CURRENT_KEY_ID, StoredKey.class);
        if (stored != null) {
            SigningKey key = SigningKey.fromPem(stored.privateKeyPem());
            log.info("Signing access tokens with the stored key, kid={}", key.keyId());
            return key;
        }
        SigningKey generated = generate();
        try {
            mongo.insert(new StoredKey(CURRENT_KEY_ID, generated.keyId(), generated.privateKeyPem(), clock.instant()));
            log.info("Generated and stored a new RSA signing key, kid={}", generated.keyId());
            return generated;
        }
        catch (DuplicateKeyException raced) {
            StoredKey winner = mongo.findById(CURRENT_KEY_ID, StoredKey.class);
            if (winner == null) {
                throw new IllegalStateException("The signing key was inserted concurrently but cannot be read back",
                        raced);
            }
            SigningKey key = SigningKey.fromPem(winner.privateKeyPem());
            log.info("Another instance stored the signing key first; using it, kid={}", key.keyId());
            return key;
        }
    }

    private static SigningKey generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return SigningKey.of((RSAPrivateCrtKey) generator.generateKeyPair().getPrivate());
        }
        catch (GeneralSecurityException ex) {
            throw new IllegalStateException("Could not generate an RSA signing key", ex);
        }
    }

    /**
     * The stored signing key.
     * NOTE: the private key is stored unencrypted; restrict access to this collection or configure the key instead.
     */
    @Document("signing_keys")
    record StoredKey(@Id String id, @Field("kid") String keyId, @Field("private_key_pem") String privateKeyPem,
            @Field("created_at") Instant createdAt) {
    }
}
