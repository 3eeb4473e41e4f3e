package io.github.serviceculture.alignment.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A headless Chromium driven over the DevTools protocol (a WebSocket, with the JDK's client): a page
 * per {@link #open}, with every request, console message, log entry and exception of it recorded.
 * The browser runs with a proxy that refuses everything, so a page that tried to fetch anything
 * would fail visibly rather than reach the network.
 */
final class Chromium implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern LISTENING = Pattern.compile("DevTools listening on (ws://\\S+)");

  private final Process process;
  private final Path profile;
  private final WebSocket socket;
  private final AtomicInteger ids = new AtomicInteger();
  private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
  private final List<JsonNode> events = new CopyOnWriteArrayList<>();

  private Chromium(Process process, Path profile, String url) {
    this.process = process;
    this.profile = profile;
    this.socket = HttpClient.newHttpClient().newWebSocketBuilder().buildAsync(URI.create(url), new Listener())
        .join();
  }

  /** The browser's executable: {@code -Dalignment.chromium=PATH}, or {@code chromium} on PATH. */
  static Optional<Path> executable() {
    String configured = System.getProperty("alignment.chromium", "");
    if (!configured.isEmpty()) {
      return Optional.of(Path.of(configured)).filter(Files::isExecutable);
    }
    return Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
        .flatMap(dir -> Stream.of("chromium", "chromium-browser").map(name -> Path.of(dir, name)))
        .filter(Files::isExecutable).findFirst();
  }

  static Chromium start(Path executable) throws IOException {
    Path profile = Files.createTempDirectory("alignment-chromium");
    List<String> command = new ArrayList<>(List.of(executable.toString(), "--headless", "--disable-gpu",
        "--no-sandbox", "--no-first-run", "--no-default-browser-check", "--disable-extensions",
        "--disable-background-networking", "--disable-sync", "--disable-component-update",
        "--hide-scrollbars", "--proxy-server=127.0.0.1:9", "--proxy-bypass-list=<-loopback>",
        "--remote-debugging-port=0", "--user-data-dir=" + profile, "about:blank"));
    Process process = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    BufferedReader err = new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8));
    String url = null;
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    StringBuilder seen = new StringBuilder();
    for (String line; url == null && System.nanoTime() < deadline && (line = err.readLine()) != null; ) {
      seen.append(line).append('\n');
      Matcher m = LISTENING.matcher(line);
      if (m.find()) {
        url = m.group(1);
      }
    }
    if (url == null) {
      process.destroyForcibly();
      throw new IOException("chromium did not start:\n" + seen);
    }
    // Keep draining stderr so that the browser never blocks on a full pipe.
    Thread drain = new Thread(() -> {
      try {
        while (err.readLine() != null) {
          // discarded: console messages are read over the protocol
        }
      } catch (IOException e) {
        // the browser ended
      }
    }, "chromium-stderr");
    drain.setDaemon(true);
    drain.start();
    return new Chromium(process, profile, url);
  }

  /** A page, attached so that its events are recorded under its session. */
  Page open(int width, int height) throws Exception {
    String target = call(null, "Target.createTarget", Map.of("url", "about:blank")).get("targetId").asText();
    String session = call(null, "Target.attachToTarget", Map.of("targetId", target, "flatten", true))
        .get("sessionId").asText();
    Page page = new Page(session);
    for (String domain : List.of("Page", "Runtime", "Log", "Network")) {
      page.call(domain + ".enable", Map.of());
    }
    page.call("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", height,
        "deviceScaleFactor", 1, "mobile", width < 600));
    return page;
  }

  final class Page {
    private final String session;

    private Page(String session) {
      this.session = session;
    }

    JsonNode call(String method, Map<String, ?> params) throws Exception {
      return Chromium.this.call(session, method, params);
    }

    /** Loads a URL and waits for its load event. */
    void load(String url) throws Exception {
      int before = events.size();
      call("Page.navigate", Map.of("url", url));
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
      while (System.nanoTime() < deadline) {
        if (events.subList(before, events.size()).stream().anyMatch(e -> isOwn(e)
            && e.path("method").asText().equals("Page.loadEventFired"))) {
          return;
        }
        Thread.sleep(20);
      }
      throw new IllegalStateException("the page did not load in 30 s: " + url);
    }

    /** The value of a JavaScript expression evaluated in the page (from DevTools, not by the page). */
    JsonNode evaluate(String expression) throws Exception {
      JsonNode result = call("Runtime.evaluate", Map.of("expression", expression, "returnByValue", true));
      if (result.has("exceptionDetails")) {
        throw new IllegalStateException("evaluation failed: " + result.get("exceptionDetails"));
      }
      return result.path("result").path("value");
    }

    /** The events of this page with the given method. */
    List<JsonNode> events(String method) {
      List<JsonNode> own = new ArrayList<>();
      for (JsonNode e : events) {
        if (isOwn(e) && e.path("method").asText().equals(method)) {
          own.add(e.get("params"));
        }
      }
      return own;
    }

    private boolean isOwn(JsonNode event) {
      return event.path("sessionId").asText().equals(session);
    }
  }

  private JsonNode call(String session, String method, Map<String, ?> params) throws Exception {
    int id = ids.incrementAndGet();
    ObjectNode message = JSON.createObjectNode().put("id", id).put("method", method);
    message.set("params", JSON.valueToTree(params));
    if (session != null) {
      message.put("sessionId", session);
    }
    CompletableFuture<JsonNode> reply = new CompletableFuture<>();
    pending.put(id, reply);
    socket.sendText(JSON.writeValueAsString(message), true).join();
    JsonNode answer = reply.get(60, TimeUnit.SECONDS);
    if (answer.has("error")) {
      throw new IllegalStateException(method + " failed: " + answer.get("error"));
    }
    return answer.path("result");
  }

  private final class Listener implements WebSocket.Listener {
    private final StringBuilder partial = new StringBuilder();

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
      partial.append(data);
      if (last) {
        try {
          JsonNode message = JSON.readTree(partial.toString());
          if (message.has("id")) {
            CompletableFuture<JsonNode> reply = pending.remove(message.get("id").asInt());
            if (reply != null) {
              reply.complete(message);
            }
          } else {
            events.add(message);
          }
        } catch (IOException e) {
          pending.values().forEach(f -> f.completeExceptionally(e));
        }
        partial.setLength(0);
      }
      webSocket.request(1);
      return null;
    }
  }

  @Override
  public void close() throws Exception {
    try {
      socket.sendClose(WebSocket.NORMAL_CLOSURE, "").get(5, TimeUnit.SECONDS);
    } catch (Exception e) {
      // the browser is stopped below either way
    }
    process.destroy();
    if (!process.waitFor(10, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }
    try (Stream<Path> files = Files.walk(profile)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }
}
