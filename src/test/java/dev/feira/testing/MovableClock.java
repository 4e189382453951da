package dev.feira.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * The application's clock in tests: the system's, moved forward when a test says so — days of
 * idleness pass at once, nothing sleeps. Every test context gets the same one; a test that moves
 * it puts it back ({@link #reset()}).
 */
public final class MovableClock extends Clock {

    private static final MovableClock INSTANCE = new MovableClock();
    private final AtomicReference<Duration> ahead = new AtomicReference<>(Duration.ZERO);
    private final List<Runnable> onReset = new CopyOnWriteArrayList<>();

    private MovableClock() {
    }

    public static MovableClock get() {
        return INSTANCE;
    }

    public void advance(Duration by) {
        ahead.accumulateAndGet(by, Duration::plus);
    }

    public void reset() {
        ahead.set(Duration.ZERO);
        onReset.forEach(Runnable::run);
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(ahead.get());
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.offset(Clock.system(zone), ahead.get());
    }

    /**
     * Time never runs back in production, so the recovery rules take the moment they were last
     * swept as done: a rule swept at a moved-on time would skip the carts touched (at the real
     * time) before it. When the clock is put back, each rule swept ahead of it looks at every cart
     * again, as a rule just created does.
     */
    static final class RulesSweptAhead implements InitializingBean, DisposableBean {

        private final JdbcTemplate owner;
        private final Runnable forget = this::forget;

        RulesSweptAhead(EmbeddedPostgres postgres) {
            this.owner = new JdbcTemplate(postgres.getDatabase("postgres", "feira"));
        }

        private void forget() {
            owner.update("update abandonment_rule set swept_until = null where swept_until > now()");
        }

        @Override
        public void afterPropertiesSet() {
            INSTANCE.onReset.add(forget);
        }

        @Override
        public void destroy() {
            INSTANCE.onReset.remove(forget);
        }
    }

    /** Registers the clock as the application's {@code clock} bean in every test context. */
    public static final class ContextCustomizerFactory implements org.springframework.test.context.ContextCustomizerFactory {

        @Override
        public ContextCustomizer createContextCustomizer(Class<?> testClass, List<ContextConfigurationAttributes> attributes) {
            return new Customizer();
        }
    }

    private static final class Customizer extends EveryContextCustomizer {

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration configuration) {
            context.getBeanFactory().registerSingleton("clock", INSTANCE);
            ((BeanDefinitionRegistry) context.getBeanFactory()).registerBeanDefinition("rulesSweptAhead",
                    new RootBeanDefinition(RulesSweptAhead.class));
        }

    }
}
