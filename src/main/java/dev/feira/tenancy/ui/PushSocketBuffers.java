package dev.feira.tenancy.ui;

import jakarta.servlet.ServletContext;
import jakarta.websocket.WebSocketContainer;

import org.atmosphere.cpr.ApplicationConfig;
import org.atmosphere.cpr.AtmosphereFramework;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinServletService;
import com.vaadin.flow.server.communication.JSR356WebsocketInitializer;

/**
 * Push sockets with buffers sized for what they carry. With {@code WEBSOCKET_XHR} the browser sends nothing but the
 * push protocol's few bytes up a socket (its requests go over HTTP), yet Vaadin sizes every socket for 16 K characters
 * each way: Atmosphere's write buffers (16 KB of bytes and 32 KB of characters it allocates and never writes to) and
 * Tomcat's message buffers for incoming text and binary messages (up to 32 KB and 8 KB). An open tab held about 100 KB
 * of them (decision 014). Vaadin sets Atmosphere's parameters itself, over any servlet parameter, so they are set again
 * here once the service is up; each socket reads them when it opens.
 */
@Component
class PushSocketBuffers implements VaadinServiceInitListener {

    /**
     * The largest message the browser may send up a socket, in characters (or bytes, for a binary one): its heartbeats
     * and the protocol's handshake are a few bytes; a larger message closes the socket, and the browser reconnects.
     */
    static final int INCOMING_MESSAGE = 1024;
    /** Atmosphere's write buffers, unused by its websocket (it writes through Tomcat's): as small as they can be. */
    static final int UNUSED_WRITE_BUFFER = 16;

    private static final Logger log = LoggerFactory.getLogger(PushSocketBuffers.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        if (!(event.getSource() instanceof VaadinServletService service) || service.getServlet() == null) {
            return;
        }
        ServletContext context = service.getServlet().getServletContext();
        var atmosphere = context.getAttribute(JSR356WebsocketInitializer.getAttributeName(service.getServlet().getServletName()));
        if (atmosphere instanceof AtmosphereFramework framework) {
            sizeSockets(framework);
        } else {
            log.warn("No push framework found for servlet {}: push sockets keep Vaadin's buffer sizes", service.getServlet().getServletName());
        }
        if (context.getAttribute("jakarta.websocket.server.ServerContainer") instanceof WebSocketContainer container) {
            sizeSockets(container);
        }
    }

    /** What Atmosphere passes to each socket it opens. */
    private static void sizeSockets(AtmosphereFramework framework) {
        framework.addInitParameter(ApplicationConfig.WEBSOCKET_BUFFER_SIZE, String.valueOf(UNUSED_WRITE_BUFFER));
        framework.addInitParameter(ApplicationConfig.WEBSOCKET_MAXTEXTSIZE, String.valueOf(INCOMING_MESSAGE));
        framework.addInitParameter(ApplicationConfig.WEBSOCKET_MAXBINARYSIZE, String.valueOf(INCOMING_MESSAGE));
    }

    /** What Tomcat allocates for a socket before Atmosphere has set its sizes (the socket's first buffers). */
    private static void sizeSockets(WebSocketContainer container) {
        container.setDefaultMaxTextMessageBufferSize(INCOMING_MESSAGE);
        container.setDefaultMaxBinaryMessageBufferSize(INCOMING_MESSAGE);
    }
}
