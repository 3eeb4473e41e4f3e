package io.github.serviceculture.alignment.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.serviceculture.alignment.json.AlignmentJson;
import io.github.serviceculture.alignment.json.JsonDocumentException;
import io.github.serviceculture.alignment.report.HtmlReport;
import io.github.serviceculture.alignment.scoring.AlignmentEngine;
import io.github.serviceculture.alignment.scoring.AlignmentReport;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Calls {@link AssessmentHttpServer} over loopback, as a client of the HR platform would. */
class AssessmentHttpServerTest {
  /** Put into bad documents; no answer may contain it. */
  private static final String SENTINEL = "Zephyr-4417-secret";

  private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final String SAMPLE = SampleAssessment.document();

  private static AssessmentHttpServer server;

  @BeforeAll
  static void start() throws IOException {
    server = AssessmentHttpServer.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0)).start();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  // ---- 200

  @Test
  void aValidAssessmentGivesTheEnginesReport() throws Exception {
    HttpResponse<String> response = post(server, "/assessments", "application/json", BodyPublishers.ofString(SAMPLE));

    assertEquals(200, response.statusCode(), response.body());
    assertEquals("application/json; charset=utf-8", response.headers().firstValue("Content-Type").orElseThrow());
    AlignmentJson json = AlignmentJson.withDefaults();
    AlignmentReport expected = AlignmentEngine.withDefaults().assess(json.readAssessment(SAMPLE));
    assertEquals(expected, json.readReport(response.body()));
    assertEquals(json.write(expected), response.body(), "the report document, byte for byte");
    assertEquals(60, expected.metadata().respondentCount());
  }

  @Test
  void aClientThatPrefersHtmlGetsTheReportAsAPage() throws Exception {
    HttpRequest request = HttpRequest.newBuilder(uri(server, "/assessments")).POST(BodyPublishers.ofString(SAMPLE))
        .header("Content-Type", "application/json").header("Accept", "text/html,application/json;q=0.9")
        .timeout(Duration.ofSeconds(30)).build();
    HttpResponse<String> response = CLIENT.send(request, BodyHandlers.ofString());

    assertEquals(200, response.statusCode(), response.body());
    assertEquals("text/html; charset=utf-8", response.headers().firstValue("Content-Type").orElseThrow());
    assertEquals(HtmlReport.CONTENT_SECURITY_POLICY,
        response.headers().firstValue("Content-Security-Policy").orElseThrow());
    AlignmentReport expected = AlignmentEngine.withDefaults().assess(AlignmentJson.withDefaults().readAssessment(SAMPLE));
    assertEquals(HtmlReport.withDefaults().render(expected), response.body());
  }

  @Test
  void acceptRanksHtmlAgainstJson() {
    assertTrue(AssessmentHttpServer.prefersHtml("text/html"));
    assertTrue(AssessmentHttpServer.prefersHtml("text/html,application/xhtml+xml,*/*;q=0.8"));
    assertFalse(AssessmentHttpServer.prefersHtml(null));
    assertFalse(AssessmentHttpServer.prefersHtml("*/*"));
    assertFalse(AssessmentHttpServer.prefersHtml("application/json, text/html"));
    assertFalse(AssessmentHttpServer.prefersHtml("text/html;q=0.5, application/json"));
    assertFalse(AssessmentHttpServer.prefersHtml("text/html;q=0"));
    assertFalse(AssessmentHttpServer.prefersHtml("text/html;q=oops"));
  }

  @Test
  void theCheckedInSampleFileIsAccepted() throws Exception {
    byte[] file;
    try (InputStream in = SampleAssessment.class.getResourceAsStream(SampleAssessment.RESOURCE)) {
      file = in.readAllBytes();
    }
    HttpResponse<String> response = post(server, "/assessments", "application/json; charset=UTF-8",
        BodyPublishers.ofByteArray(file));

    assertEquals(200, response.statusCode(), response.body());
  }

  @Test
  void aBodyWithoutContentLengthIsReadToo() throws Exception {
    HttpResponse<String> response = post(server, "/assessments", "application/json",
        chunked(SAMPLE.getBytes(StandardCharsets.UTF_8)));

    assertEquals(200, response.statusCode(), response.body());
  }

  @Test
  void eightConcurrentRequestsGetIdenticalReports() throws Exception {
    int n = 8;
    CyclicBarrier together = new CyclicBarrier(n);
    ExecutorService callers = Executors.newFixedThreadPool(n);
    try {
      List<Future<HttpResponse<String>>> calls = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        calls.add(callers.submit(() -> {
          together.await();
          return post(server, "/assessments", "application/json", BodyPublishers.ofString(SAMPLE));
        }));
      }
      String first = null;
      for (Future<HttpResponse<String>> call : calls) {
        HttpResponse<String> response = call.get();
        assertEquals(200, response.statusCode(), response.body());
        if (first == null) {
          first = response.body();
        }
        assertEquals(first, response.body());
      }
    } finally {
      callers.shutdownNow();
    }
  }

  // ---- 400: the facade's error, without the input

  @Test
  void aLoneSurrogateEscapeIsA400NotAQuestionMark() throws Exception {
    String body = SAMPLE.replace("\"Larkspur Outfitters\"", "\"" + SENTINEL + " \\ud800\"");

    JsonNode error = badRequest(body, JsonDocumentException.UNPAIRED_SURROGATE);

    assertEquals("/assessment/practices/name", error.get("pointer").asText());
  }

  @Test
  void malformedJsonIsA400() throws Exception {
    String body = SAMPLE.replace("\"Larkspur Outfitters\"", "\"" + SENTINEL + "\" \"" + SENTINEL + "\"");

    JsonNode error = badRequest(body, JsonDocumentException.MALFORMED_JSON);

    assertEquals("/assessment/practices/name", error.get("pointer").asText());
    assertEquals(6, error.get("line").asInt());
  }

  @Test
  void anUnknownPropertyIsA400() throws Exception {
    String body = SAMPLE.replace("\"name\": \"Larkspur Outfitters\",",
        "\"name\": \"Larkspur Outfitters\",\n      \"nickname\": \"" + SENTINEL + "\",");

    JsonNode error = badRequest(body, JsonDocumentException.UNKNOWN_PROPERTY);

    assertEquals("/assessment/practices/nickname", error.get("pointer").asText());
    assertEquals(7, error.get("line").asInt());
    assertTrue(error.get("message").asText().contains("is not a property of Organization"), error.toString());
  }

  @Test
  void anAnswerOutsideTheScaleIsA400() throws Exception {
    String body = SAMPLE.replaceFirst("\"LO-0000\"", "\"" + SENTINEL + "\"")
        .replaceFirst("\"EMP_DECIDE\": 5", "\"EMP_DECIDE\": 9");
    assertTrue(body.contains("\"EMP_DECIDE\": 9") && body.contains(SENTINEL), "the test changed the document");

    JsonNode error = badRequest(body, JsonDocumentException.ANSWER_OUT_OF_SCALE);

    assertEquals("/assessment/responses/responses/0/answers/EMP_DECIDE", error.get("pointer").asText());
    assertTrue(error.get("message").asText().contains("must be an option from 1 to 5"), error.toString());
  }

  private static JsonNode badRequest(String body, String code) throws Exception {
    HttpResponse<String> response = post(server, "/assessments", "application/json", BodyPublishers.ofString(body));

    assertEquals(400, response.statusCode(), response.body());
    assertEquals("application/json; charset=utf-8", response.headers().firstValue("Content-Type").orElseThrow());
    assertFalse(response.body().contains(SENTINEL), response.body());
    JsonNode error = MAPPER.readTree(response.body());
    assertEquals(400, error.get("status").asInt());
    assertEquals(code, error.get("code").asText(), response.body());
    assertTrue(error.get("message").asText().startsWith(code + " at "), response.body());
    assertTrue(error.get("column").asInt() > 0, response.body());
    return error;
  }

  // ---- 404, 405, 415

  @Test
  void anUnknownPathIsA404() throws Exception {
    for (String path : new String[] {"/", "/assessment", "/assessments/1", "/reports"}) {
      HttpResponse<String> response = post(server, path, "application/json", BodyPublishers.ofString(SAMPLE));

      assertEquals(404, response.statusCode(), path);
      assertEquals("NOT_FOUND", MAPPER.readTree(response.body()).get("code").asText());
    }
  }

  @Test
  void anotherMethodIsA405WithAllow() throws Exception {
    for (String method : new String[] {"GET", "PUT", "DELETE"}) {
      HttpRequest request = HttpRequest.newBuilder(uri(server, "/assessments"))
          .method(method, method.equals("PUT") ? BodyPublishers.ofString(SAMPLE) : BodyPublishers.noBody())
          .header("Content-Type", "application/json").timeout(Duration.ofSeconds(30)).build();
      HttpResponse<String> response = CLIENT.send(request, BodyHandlers.ofString());

      assertEquals(405, response.statusCode(), method);
      assertEquals("POST", response.headers().firstValue("Allow").orElseThrow(), method);
      assertEquals("METHOD_NOT_ALLOWED", MAPPER.readTree(response.body()).get("code").asText());
    }
  }

  @Test
  void anotherContentTypeIsA415() throws Exception {
    for (String type : new String[] {"text/plain", "application/xml", "application/json; charset=ISO-8859-1",
        "application/jsonx"}) {
      HttpResponse<String> response = post(server, "/assessments", type, BodyPublishers.ofString(SAMPLE));

      assertEquals(415, response.statusCode(), type);
      assertEquals("UNSUPPORTED_MEDIA_TYPE", MAPPER.readTree(response.body()).get("code").asText());
    }
    HttpRequest untyped = HttpRequest.newBuilder(uri(server, "/assessments"))
        .POST(BodyPublishers.ofString(SAMPLE)).timeout(Duration.ofSeconds(30)).build();
    assertEquals(415, CLIENT.send(untyped, BodyHandlers.ofString()).statusCode());
  }

  @Test
  void jsonMediaTypesAreRecognized() {
    assertTrue(AssessmentHttpServer.isJson("application/json"));
    assertTrue(AssessmentHttpServer.isJson("Application/JSON ; charset=\"utf-8\""));
    assertFalse(AssessmentHttpServer.isJson("application/json; charset=utf-16"));
    assertFalse(AssessmentHttpServer.isJson("application/json; charset"));
    assertFalse(AssessmentHttpServer.isJson("application/problem+json"));
    assertFalse(AssessmentHttpServer.isJson(null));
  }

  // ---- 413

  @Test
  void aBodyOverTheLimitIsA413() throws Exception {
    // Bodies stay well under the 64 KiB that the JDK's server drains after an answer, so that the
    // client always finishes sending and reads the 413 rather than a reset connection.
    byte[] body = SAMPLE.substring(0, 2048).getBytes(StandardCharsets.UTF_8);
    try (AssessmentHttpServer small = AssessmentHttpServer.bind(
        new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 1024).start()) {
      // With Content-Length the server refuses before reading; without it, it stops reading at the limit.
      for (BodyPublisher publisher : List.of(BodyPublishers.ofByteArray(body), chunked(body))) {
        HttpResponse<String> response = post(small, "/assessments", "application/json", publisher);

        assertEquals(413, response.statusCode(), response.body());
        assertEquals("BODY_TOO_LARGE", MAPPER.readTree(response.body()).get("code").asText());
      }
    }
  }

  @Test
  void theLimitIsTheLengthOfTheBodyInBytes() throws Exception {
    byte[] compact = AlignmentJson.withDefaults().write(SampleAssessment.assessment()).getBytes(StandardCharsets.UTF_8);
    byte[] oneMore = (AlignmentJson.withDefaults().write(SampleAssessment.assessment()) + " ")
        .getBytes(StandardCharsets.UTF_8);
    try (AssessmentHttpServer exact = AssessmentHttpServer.bind(
        new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), compact.length).start()) {
      assertEquals(200, post(exact, "/assessments", "application/json", chunked(compact)).statusCode());
      assertEquals(413, post(exact, "/assessments", "application/json", chunked(oneMore)).statusCode());
    }
  }

  @Test
  void aDeclaredLengthOverEightMebibytesIsRefusedBeforeTheBodyIsSent() throws Exception {
    // A raw socket, because an HTTP client will not declare a length it does not send.
    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.address().getPort())) {
      OutputStream out = socket.getOutputStream();
      out.write(("POST /assessments HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
          + "Content-Length: " + (AssessmentHttpServer.DEFAULT_MAX_BODY_BYTES + 1) + "\r\n\r\n")
          .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      String statusLine = readLine(socket.getInputStream());

      assertEquals("HTTP/1.1 413 Request Entity Too Large", statusLine);
    }
  }

  // ---- plumbing

  private static HttpResponse<String> post(AssessmentHttpServer target, String path, String contentType,
      BodyPublisher body) throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(uri(target, path)).POST(body)
        .header("Content-Type", contentType).timeout(Duration.ofSeconds(30)).build();
    return CLIENT.send(request, BodyHandlers.ofString());
  }

  private static URI uri(AssessmentHttpServer target, String path) {
    return URI.create("http://localhost:" + target.address().getPort() + path);
  }

  /** A body of unknown length, which the client sends chunked without Content-Length. */
  private static BodyPublisher chunked(byte[] bytes) {
    return BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes));
  }

  private static String readLine(InputStream in) throws IOException {
    StringBuilder line = new StringBuilder();
    for (int c = in.read(); c >= 0 && c != '\n'; c = in.read()) {
      if (c != '\r') {
        line.append((char) c);
      }
    }
    return line.toString();
  }
}
