package gov.xianan.reform.integration.webhooks;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;

import gov.xianan.reform.common.error.ProblemException;
import gov.xianan.reform.integration.IntegrationConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Where a webhook may point: http(s) with a host, and — unless
 * {@code xianan.integration.webhooks.allow-private-targets} — never a loopback, private,
 * link-local, unique-local or wildcard address (the platform must not be turned into a probe of
 * its own network). Checked on registration and again before every attempt (DNS can change).
 */
@ApplicationScoped
public class WebhookTargets {

    @Inject
    IntegrationConfig config;

    /** The URL, or a 400 on field {@code url}. */
    public URI require(String url) {
        URI uri;
        try {
            uri = new URI(url == null ? "" : url.strip());
        } catch (URISyntaxException e) {
            throw ProblemException.invalid("url", "不是有效的网址");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase();
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null || uri.getRawUserInfo() != null) {
            throw ProblemException.invalid("url", "只接受 http 或 https 网址(含主机名,不含用户名密码)");
        }
        String refused = refusal(uri);
        if (refused != null) {
            throw ProblemException.invalid("url", refused);
        }
        return uri;
    }

    /** Why the target may not be called now, or null. */
    public String refusal(URI uri) {
        if (config.webhooks().allowPrivateTargets()) {
            return null;
        }
        try {
            for (InetAddress a : InetAddress.getAllByName(uri.getHost())) {
                if (a.isLoopbackAddress() || a.isSiteLocalAddress() || a.isLinkLocalAddress() || a.isAnyLocalAddress()
                        || a.isMulticastAddress() || (a.getAddress().length == 16 && (a.getAddress()[0] & 0xfe) == 0xfc)) {
                    return "不允许回环或内网地址(" + a.getHostAddress() + ")";
                }
            }
        } catch (UnknownHostException e) {
            return "主机名无法解析: " + uri.getHost();
        }
        return null;
    }
}
