package gov.xianan.reform.integration.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import gov.xianan.reform.common.error.ProblemException;
import gov.xianan.reform.integration.IntegrationConfig;

/** URL checks of webhook targets with the production setting (private targets refused), and the signature format. */
class WebhookTargetsTest {

    static WebhookTargets targets(boolean allowPrivate) {
        WebhookTargets t = new WebhookTargets();
        t.config = new IntegrationConfig() {
            @Override
            public Duration changeRetention() {
                return Duration.ofDays(90);
            }

            @Override
            public Webhooks webhooks() {
                return new Webhooks() {
                    public String dispatchEvery() {
                        return "5s";
                    }

                    public Duration timeout() {
                        return Duration.ofSeconds(10);
                    }

                    public Duration initialBackoff() {
                        return Duration.ofSeconds(30);
                    }

                    public Duration maxBackoff() {
                        return Duration.ofHours(1);
                    }

                    public int pauseAfterFailures() {
                        return 10;
                    }

                    public Duration pauseAfterFailingFor() {
                        return Duration.ofHours(24);
                    }

                    public boolean allowPrivateTargets() {
                        return allowPrivate;
                    }

                    public Optional<String> secretKey() {
                        return Optional.empty();
                    }
                };
            }
        };
        return t;
    }

    @Test
    void loopbackPrivateAndLinkLocalTargetsAreRefusedUnlessAllowed() {
        WebhookTargets strict = targets(false);
        for (String url : new String[] { "http://127.0.0.1:8080/hook", "http://localhost/hook", "https://10.1.2.3/x", "http://192.168.0.5/x",
                "http://172.16.0.1/x", "http://169.254.169.254/latest/meta-data", "http://[::1]/x", "http://[fd00::1]/x", "http://0.0.0.0/x" }) {
            assertThatThrownBy(() -> strict.require(url)).as(url).isInstanceOf(ProblemException.class)
                    .satisfies(e -> assertThat(((ProblemException) e).errors().get(0).field()).isEqualTo("url"));
        }
        assertThat(strict.refusal(URI.create("http://93.184.216.34/hook"))).isNull();
        assertThat(targets(true).require("http://127.0.0.1:8080/hook").getPort()).isEqualTo(8080);
    }

    @Test
    void onlyHttpAndHttpsWithAHostAndNoUserInfo() {
        WebhookTargets any = targets(true);
        for (String url : new String[] { "ftp://example.org/x", "file:///etc/passwd", "http:///x", "https://user:pw@example.org/x", "not a url", "" }) {
            assertThatThrownBy(() -> any.require(url)).as(url).isInstanceOf(ProblemException.class);
        }
    }

    @Test
    void theSignatureIsHmacSha256OverTimestampDotBody() {
        // reference value computed independently: printf '1700000000.{"a":1}' | openssl dgst -sha256 -hmac secret-0123456789abcdef
        assertThat(WebhookSecrets.signature("secret-0123456789abcdef", 1700000000L, "{\"a\":1}"))
                .isEqualTo("t=1700000000,v1=" + EXPECTED);
    }

    static final String EXPECTED = "8eae3d28cb521b6b37f86de366c0b3de07baa3505577e5d97c7b1625541e4a2c";
}
