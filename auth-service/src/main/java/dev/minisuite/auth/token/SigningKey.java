package dev.minisuite.auth.token;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.math.BigInteger;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An RSA key pair that signs access tokens, with its key id: the RFC 7638 thumbprint of the public key.
 */
public record SigningKey(String keyId, RSAPrivateCrtKey privateKey, RSAPublicKey publicKey) {

    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

    /** Derives the public key and key id from an RSA private key that carries its CRT parameters. */
    static SigningKey of(RSAPrivateCrtKey privateKey) {
        try {
            RSAPublicKey publicKey = (RSAPublicKey) KeyFactory.getInstance("RSA").generatePublic(
                    new RSAPublicKeySpec(privateKey.getModulus(), privateKey.getPublicExponent()));
            return new SigningKey(thumbprint(publicKey), privateKey, publicKey);
        }
        catch (GeneralSecurityException ex) {
            throw new IllegalStateException("Could not derive the RSA public key", ex);
        }
    }

    /** Reads a PKCS #8 PEM private key; anything else is rejected with a message that names the expected form. */
    static SigningKey fromPem(String pem) {
        String base64 = pem.replace("-----BEGIN PRIVATE KEY-----", "")
                .replace("-----END PRIVATE KEY-----", "")
                .replaceAll("\\s", "");
        if (pem.contains("BEGIN RSA PRIVATE KEY") || base64.isEmpty()) {
            throw new IllegalArgumentException("The signing key must be an RSA private key in PKCS #8 PEM form "
                    + "(-----BEGIN PRIVATE KEY-----); convert it with 'openssl pkcs8 -topk8 -nocrypt'.");
        }
        try {
            byte[] der = Base64.getDecoder().decode(base64);
            var key = KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
            if (!(key instanceof RSAPrivateCrtKey crtKey)) {
                throw new IllegalArgumentException("The signing key lacks its RSA CRT parameters.");
            }
            if (crtKey.getModulus().bitLength() < 2048) {
                throw new IllegalArgumentException("The RSA signing key must have at least 2048 bits, but has "
                        + crtKey.getModulus().bitLength() + ".");
            }
            return of(crtKey);
        }
        catch (GeneralSecurityException | IllegalArgumentException ex) {
            if (ex instanceof IllegalArgumentException && ex.getMessage() != null
                    && ex.getMessage().startsWith("The ")) {
                throw (IllegalArgumentException) ex;
            }
            throw new IllegalArgumentException("The signing key is not a readable PKCS #8 RSA private key.", ex);
        }
    }

    /** Returns the private key in PKCS #8 PEM form, for storage. */
    String privateKeyPem() {
        String base64 = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(privateKey.getEncoded());
        return "-----BEGIN PRIVATE KEY-----\n" + base64 + "\n-----END PRIVATE KEY-----\n";
    }

    /** Returns the public key as an RFC 7517 JSON Web Key. */
    Map<String, Object> publicJwk() {
        Map<String, Object> jwk = new LinkedHashMap<>();
        jwk.put("kty", "RSA");
        jwk.put("use", "sig");
        jwk.put("alg", "RS256");
        jwk.put("kid", keyId);
        jwk.put("n", base64Url(publicKey.getModulus()));
        jwk.put("e", base64Url(publicKey.getPublicExponent()));
        return jwk;
    }

    private static String thumbprint(RSAPublicKey publicKey) throws GeneralSecurityException {
        String canonical = "{\"e\":\"" + base64Url(publicKey.getPublicExponent()) + "\",\"kty\":\"RSA\",\"n\":\""
                + base64Url(publicKey.getModulus()) + "\"}";
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
        return BASE64URL.encodeToString(digest);
    }

    /** Encodes an unsigned integer as base64url without leading zero bytes (RFC 7518, section 2). */
    private static String base64Url(BigInteger value) {
        byte[] bytes = value.toByteArray();
        int start = 0;
        while (start < bytes.length - 1 && bytes[start] == 0) {
            start++;
        }
        byte[] unsigned = new byte[bytes.length - start];
        System.arraycopy(bytes, start, unsigned, 0, unsigned.length);
        return BASE64URL.encodeToString(unsigned);
    }
}
