package io.github.serviceculture.alignment.examples;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.serviceculture.alignment.AlignmentException;
import io.github.serviceculture.alignment.json.AlignmentJson;
import io.github.serviceculture.alignment.json.JsonDocumentException;
import io.github.serviceculture.alignment.report.HtmlReport;
import io.github.serviceculture.alignment.scoring.AlignmentEngine;
import io.github.serviceculture.alignment.scoring.AlignmentReport;
import io.github.serviceculture.alignment.scoring.Assessment;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An example of embedding the library in an HTTP service, as an HR platform might: one endpoint,
 * {@code POST /assessments}, takes an assessment document and answers the alignment report
 * document, or the report as an HTML page ({@link HtmlReport}) to a client whose {@code Accept} prefers
 * {@code text/html}. It runs on the JDK's built-in {@link HttpServer} so that it needs no web framework.
 *
 * <p><b>This is an example, not a production server.</b> It has no TLS, no authentication, no
 * request timeouts, no rate limiting and no metrics; a slow client holds one of its few threads.
 * A real service would put the same three steps into its own framework's handler:
 *
 * <pre>{@code
 * Assessment assessment = json.readAssessment(requestBody);    // JsonDocumentException -> 400
 * AlignmentReport report = engine.assess(assessment);
 * json.write(report, responseBody);
 * }</pre>
 *
 * <p>What the example does show:
 *
 * <ul>
 *   <li>one {@link AlignmentJson} and one {@link AlignmentEngine}, both thread-safe, shared by every
 *       request;
 *   <li>a bounded pool of worker threads and a bounded queue: connections beyond it are dropped;
 *   <li>a bounded request body: a {@code Content-Length} over the limit is refused before reading,
 *       and a body without one is read no further than the limit, which {@link AlignmentJson} also
 *       enforces through {@link AlignmentJson.Builder#maxDocumentLength};
 *   <li>errors as small JSON documents. A bad document gives 400 with the {@link
 *       JsonDocumentException}'s code, JSON pointer, line, column and message, which never quote
 *       answers or respondent ids; other failures give 404, 405, 413, 415 or 500, never a stack trace.
 *       Nothing from a request reaches the log.
 * </ul>
 *
 * <p>Run it with {@code mvn -B -q -pl alignment-examples -am compile exec:java
 * -Dexec.mainClass=io.github.serviceculture.alignment.examples.AssessmentHttpServer} and send it
 * the sample assessment that {@link SampleAssessment} writes.
 */
public final class AssessmentHttpServer implements AutoCloseable {
  /** The path of the one endpoint. */
  public static final String PATH = "/assessments";
  /** The longest request body accepted by default: 8 MiB. */
  public static final long DEFAULT_MAX_BODY_BYTES = 8L * 1024 * 1024;

  private static final Logger LOG = LoggerFactory.getLogger(AssessmentHttpServer.class);
  private static final String JSON_UTF8 = "application/json; charset=utf-8";
  private static final String HTML_UTF8 = "text/html; charset=utf-8";
  private static final int DEFAULT_PORT = 8080;
  private static final int QUEUED_CONNECTIONS = 100;

  private final HttpServer server;
  private final ThreadPoolExecutor executor;
  private final AlignmentJson json;
  private final AlignmentEngine engine = AlignmentEngine.withDefaults();
  private final long maxBodyBytes;

  private AssessmentHttpServer(HttpServer server, long maxBodyBytes) {
    this.server = server;
    this.maxBodyBytes = maxBodyBytes;
    this.json = AlignmentJson.builder().maxDocumentLength(maxBodyBytes).build();
    int threads = Runtime.getRuntime().availableProcessors();
    this.executor = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS,
        new ArrayBlockingQueue<>(QUEUED_CONNECTIONS), workerThreads());
    server.setExecutor(executor);
    // One context for every path, so that unknown paths get the same JSON errors as the rest.
    server.createContext("/", this::handle);
  }

  /**
   * Binds a server to an address, with the default body limit; it accepts requests once {@linkplain
   * #start() started}.
   *
   * @param address where to listen; port 0 picks a free port
   * @return the bound server
   * @throws IOException if the address cannot be bound
   */
  public static AssessmentHttpServer bind(InetSocketAddress address) throws IOException {
    return bind(address, DEFAULT_MAX_BODY_BYTES);
  }

  /**
   * Binds a server to an address; it accepts requests once {@linkplain #start() started}.
   *
   * @param address where to listen; port 0 picks a free port
   * @param maxBodyBytes the longest request body accepted, in bytes; positive
   * @return the bound server
   * @throws IOException if the address cannot be bound
   */
  public static AssessmentHttpServer bind(InetSocketAddress address, long maxBodyBytes) throws IOException {
    if (maxBodyBytes <= 0) {
      throw new IllegalArgumentException("maxBodyBytes must be positive, was " + maxBodyBytes);
    }
    return new AssessmentHttpServer(HttpServer.create(address, 0), maxBodyBytes);
  }

  /**
   * Starts accepting requests.
   *
   * @return this server
   */
  public AssessmentHttpServer start() {
    server.start();
    return this;
  }

  /**
   * Returns the address the server listens on, with the actual port when it was bound to port 0.
   *
   * @return the address
   */
  public InetSocketAddress address() {
    return server.getAddress();
  }

  /** Stops the server: closes its connections at once and waits for its threads to finish. */
  @Override
  public void close() {
    server.stop(0);
    executor.shutdown();
    try {
      if (!executor.awaitTermination(5, TimeUnit.SECONDS)) {
        executor.shutdownNow();
      }
    } catch (InterruptedException e) {
      executor.shutdownNow();
      Thread.currentThread().interrupt();
    }
  }

  /**
   * Starts a server on localhost and prints how to call it. It runs until the process is stopped.
   *
   * @param args the port, 8080 if absent
   * @throws IOException if the port cannot be bound
   */
  public static void main(String[] args) throws IOException {
    int port = args.length > 0 ? Integer.parseInt(args[0]) : DEFAULT_PORT;
    AssessmentHttpServer server = bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port)).start();
    Runtime.getRuntime().addShutdownHook(new Thread(server::close, "assessment-http-shutdown"));
    String url = "http://localhost:" + server.address().getPort() + PATH;
    System.out.println("Listening on " + url + "; stop with Ctrl+C. Try:");
    System.out.println("  curl -sS --fail-with-body -H 'Content-Type: application/json' --data-binary @"
        + SampleAssessment.SOURCE_FILE + " " + url);
  }

  // ---- the handler

  private void handle(HttpExchange exchange) throws IOException {
    try {
      respond(exchange);
    } catch (RuntimeException e) {
      // The exception's message might quote the request, so only its type and origin are logged.
      StackTraceElement[] trace = e.getStackTrace();
      LOG.error("Request failed with {} at {}", e.getClass().getName(), trace.length > 0 ? trace[0] : "?");
      if (exchange.getResponseCode() == -1) {
        send(exchange, 500, error(500, "INTERNAL_ERROR", "the server could not answer; see its log"));
      }
    } finally {
      exchange.close();
    }
  }

  private void respond(HttpExchange exchange) throws IOException {
    BoundedBody body = new BoundedBody(exchange.getRequestBody(), maxBodyBytes);
    if (!PATH.equals(exchange.getRequestURI().getPath())) {
      refuse(exchange, body, 404, error(404, "NOT_FOUND", "the only resource is " + PATH));
      return;
    }
    if (!"POST".equals(exchange.getRequestMethod())) {
      exchange.getResponseHeaders().set("Allow", "POST");
      refuse(exchange, body, 405, error(405, "METHOD_NOT_ALLOWED", "use POST"));
      return;
    }
    if (!isJson(exchange.getRequestHeaders().getFirst("Content-Type"))) {
      refuse(exchange, body, 415, error(415, "UNSUPPORTED_MEDIA_TYPE", "send Content-Type: application/json (UTF-8)"));
      return;
    }
    // The JDK's server has already answered 400 to a Content-Length that is not a number.
    String declared = exchange.getRequestHeaders().getFirst("Content-Length");
    if (declared != null && Long.parseLong(declared) > maxBodyBytes) {
      tooLarge(exchange);
      return;
    }
    byte[] reply;
    boolean html = prefersHtml(exchange.getRequestHeaders().getFirst("Accept"));
    try {
      Assessment assessment = json.readAssessment(body); // reads the body to its end, or to the limit
      AlignmentReport report = engine.assess(assessment);
      reply = (html ? HtmlReport.withDefaults().render(report) : json.write(report)).getBytes(StandardCharsets.UTF_8);
    } catch (AlignmentException e) {
      if (body.exceeded()) {
        tooLarge(exchange);
      } else {
        LOG.debug("Rejected an assessment: {}", e.code());
        send(exchange, 400, e instanceof JsonDocumentException
            ? error((JsonDocumentException) e) : error(400, e.code(), e.getMessage()));
      }
      return;
    }
    exchange.getResponseHeaders().set("Vary", "Accept");
    if (html) {
      exchange.getResponseHeaders().set("Content-Security-Policy", HtmlReport.CONTENT_SECURITY_POLICY);
      exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
      send(exchange, 200, reply, HTML_UTF8);
    } else {
      send(exchange, 200, reply);
    }
  }

  /**
   * True when the client ranks {@code text/html} above {@code application/json} (by q value; a range
   * such as {@code *}{@code /*} counts for JSON). Without an Accept header, or on a tie, the answer is
   * JSON, the service's own format.
   */
  static boolean prefersHtml(String accept) {
    if (accept == null) {
      return false;
    }
    double htmlQ = 0;
    double jsonQ = 0;
    for (String range : accept.split(",")) {
      String[] parts = range.split(";");
      String type = parts[0].trim().toLowerCase(java.util.Locale.ROOT);
      double q = 1;
      for (int i = 1; i < parts.length; i++) {
        String[] parameter = parts[i].split("=", 2);
        if (parameter[0].trim().equalsIgnoreCase("q") && parameter.length == 2) {
          try {
            q = Double.parseDouble(parameter[1].trim());
          } catch (NumberFormatException e) {
            q = 0;
          }
        }
      }
      if (type.equals("text/html")) {
        htmlQ = Math.max(htmlQ, q);
      } else if (type.equals("application/json") || type.equals("application/*") || type.equals("*/*")) {
        jsonQ = Math.max(jsonQ, q);
      }
    }
    return htmlQ > 0 && htmlQ > jsonQ;
  }

  /**
   * Answers before using the body, but reads it first, up to the limit: the JDK's server drains only
   * 64 KiB of an unread body and then resets the connection, and a client still sending would see
   * the reset instead of the answer.
   */
  private static void refuse(HttpExchange exchange, BoundedBody body, int status, byte[] error) throws IOException {
    body.transferTo(OutputStream.nullOutputStream());
    if (body.exceeded()) {
      exchange.getResponseHeaders().set("Connection", "close");
    }
    send(exchange, status, error);
  }

  private void tooLarge(HttpExchange exchange) throws IOException {
    // What is left of the body is not read, so the connection cannot carry another request. A client
    // that is still sending a body much longer than the limit may see the connection reset.
    exchange.getResponseHeaders().set("Connection", "close");
    send(exchange, 413, error(413, "BODY_TOO_LARGE", "the body must not exceed " + maxBodyBytes + " bytes"));
  }

  private static void send(HttpExchange exchange, int status, byte[] body) throws IOException {
    send(exchange, status, body, JSON_UTF8);
  }

  private static void send(HttpExchange exchange, int status, byte[] body, String contentType) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", contentType);
    if ("HEAD".equals(exchange.getRequestMethod())) {
      exchange.sendResponseHeaders(status, -1);
      return;
    }
    exchange.sendResponseHeaders(status, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  /** Accepts {@code application/json} with no charset or with UTF-8, the one encoding the reader takes. */
  static boolean isJson(String contentType) {
    if (contentType == null) {
      return false;
    }
    String[] parts = contentType.split(";");
    if (!parts[0].trim().equalsIgnoreCase("application/json")) {
      return false;
    }
    for (int i = 1; i < parts.length; i++) {
      String[] parameter = parts[i].split("=", 2);
      if (parameter[0].trim().equalsIgnoreCase("charset")
          && (parameter.length < 2 || !parameter[1].trim().replace("\"", "").equalsIgnoreCase("utf-8"))) {
        return false;
      }
    }
    return true;
  }

  // ---- error bodies: {"status": 400, "code": ..., "pointer": ..., "line": ..., "column": ..., "message": ...}

  private static byte[] error(JsonDocumentException e) {
    StringBuilder b = new StringBuilder("{\"status\":400,\"code\":");
    quote(e.code(), b).append(",\"pointer\":");
    quote(e.pointer(), b);
    if (e.line() > 0) {
      b.append(",\"line\":").append(e.line());
    }
    if (e.column() > 0) {
      b.append(",\"column\":").append(e.column());
    }
    b.append(",\"message\":");
    return quote(e.getMessage(), b).append('}').toString().getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] error(int status, String code, String message) {
    StringBuilder b = new StringBuilder("{\"status\":").append(status).append(",\"code\":");
    quote(code, b).append(",\"message\":");
    return quote(message, b).append('}').toString().getBytes(StandardCharsets.UTF_8);
  }

  private static StringBuilder quote(String s, StringBuilder b) {
    b.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '"' || c == '\\') {
        b.append('\\').append(c);
      } else if (c < 0x20) {
        b.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
      } else {
        b.append(c);
      }
    }
    return b.append('"');
  }

  private static ThreadFactory workerThreads() {
    AtomicInteger count = new AtomicInteger();
    return task -> new Thread(task, "assessment-http-" + count.incrementAndGet());
  }

  /**
   * The request body, read no further than one byte past the limit; it then reports the end of the
   * input, and {@link #exceeded()} tells a body that was too long from a malformed one.
   */
  private static final class BoundedBody extends FilterInputStream {
    private final long limit;
    private long count;

    BoundedBody(InputStream in, long limit) {
      super(in);
      this.limit = limit;
    }

    boolean exceeded() {
      return count > limit;
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      if (len == 0) {
        return 0;
      }
      long left = limit + 1 - count;
      if (left <= 0) {
        return -1;
      }
      int n = in.read(b, off, (int) Math.min(len, left));
      if (n > 0) {
        count += n;
      }
      return n;
    }

    @Override
    public long skip(long n) throws IOException {
      return n <= 0 ? 0 : Math.max(0, read(new byte[(int) Math.min(n, 8192)]));
    }

    @Override
    public int available() throws IOException {
      return (int) Math.min(in.available(), Math.max(0, limit + 1 - count));
    }

    @Override
    public boolean markSupported() {
      return false;
    }
  }
}
