package gov.xianan.reform.integration.webhooks;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import gov.xianan.reform.integration.IntegrationConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Signing secrets: generated when a client gives none, encrypted at rest with AES-GCM when
 * {@code xianan.integration.webhooks.secret-key} is set (the JDK's own javax.crypto: no extra
 * library), and the HMAC-SHA256 signature {@code t=<unix>,v1=<hex>} over {@code t + "." + body}.
 */
@ApplicationScoped
public class WebhookSecrets {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    IntegrationConfig config;

    public static String generate() {
        byte[] b = new byte[32];
        RANDOM.nextBytes(b);
        return "whsec_" + Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    /** Whether secrets are encrypted at rest. */
    public boolean encrypts() {
        return config.webhooks().secretKey().filter(k -> !k.isBlank()).isPresent();
    }

    /** The stored form of a secret. */
    public String seal(String secret) {
        if (!encrypts()) {
            return secret;
        }
        try {
            byte[] iv = new byte[12];
            RANDOM.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key(), new GCMParameterSpec(128, iv));
            byte[] ct = cipher.doFinal(secret.getBytes(StandardCharsets.UTF_8));
            byte[] out = new byte[iv.length + ct.length];
            System.arraycopy(iv, 0, out, 0, iv.length);
            System.arraycopy(ct, 0, out, iv.length, ct.length);
            return Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The secret to sign with. */
    public String open(WebhookSubscription s) {
        if (!s.secretEncrypted) {
            return s.secret;
        }
        try {
            byte[] in = Base64.getDecoder().decode(s.secret);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key(), new GCMParameterSpec(128, in, 0, 12));
            return new String(cipher.doFinal(in, 12, in.length - 12), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("the webhook secret cannot be decrypted with the configured key", e);
        }
    }

    private SecretKeySpec key() {
        return new SecretKeySpec(Base64.getDecoder().decode(config.webhooks().secretKey().orElseThrow().strip()), "AES");
    }

    /** The value of {@code X-Xianan-Signature}: {@code t=<unix seconds>,v1=<hex HMAC-SHA256 of "t.body">}. */
    public static String signature(String secret, long unixSeconds, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] sig = mac.doFinal((unixSeconds + "." + body).getBytes(StandardCharsets.UTF_8));
            return "t=" + unixSeconds + ",v1=" + HexFormat.of().formatHex(sig);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
