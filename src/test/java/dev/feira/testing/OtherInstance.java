package dev.feira.testing;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import com.microsoft.playwright.Page;
import com.zaxxer.hikari.HikariDataSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import dev.feira.FeiraApplication;

/**
 * Another instance of the application on a running one's database, as behind a load balancer: the
 * schema and tenants are there already; it has its own web server and search node.
 */
public final class OtherInstance {

    private OtherInstance() {
    }

    /**
     * @param clock    the instance's clock (null: the system's)
     * @param settings more {@code --name=value} settings (its sweep, say)
     */
    public static ConfigurableApplicationContext start(HikariDataSource database, Clock clock, String... settings) {
        List<String> arguments = new ArrayList<>(List.of("--spring.datasource.url=" + database.getJdbcUrl(),
                "--spring.datasource.username=" + database.getUsername(), "--spring.datasource.password=" + database.getPassword(),
                "--spring.liquibase.enabled=false", "--feira.demo-data.enabled=false",
                "--spring.modulith.events.republish-outstanding-events-on-restart=false"));
        arguments.addAll(List.of(settings));
        var builder = new SpringApplicationBuilder(FeiraApplication.class).profiles("test");
        if (clock != null) {
            builder.initializers(context -> context.getBeanFactory().registerSingleton("clock", clock));
        }
        return builder.run(arguments.toArray(String[]::new));
    }

    public static int port(ConfigurableApplicationContext instance) {
        return ((WebServerApplicationContext) instance).getWebServer().getPort();
    }

    /** Signs in on a supplier's portal served at {@code port} (password feira123); back on the portal after. */
    public static void signIn(Page page, String portalHost, int port, String username) {
        String portal = "http://" + portalHost + ":" + port;
        page.navigate(portal + "/catalog");
        page.locator("#sign-in").click();
        page.waitForURL(u -> u.startsWith("http://localhost:" + port + "/signin"));
        page.locator("input[name=username]").fill(username);
        page.locator("input[name=password]").fill("feira123");
        page.locator("vaadin-button[slot=submit], button[type=submit]").first().click();
        page.waitForURL(u -> u.startsWith(portal + "/"));
    }
}
