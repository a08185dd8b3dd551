/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock.internal.server;

import dev.walletsdk.mock.internal.runtime.Exchange;
import dev.walletsdk.mock.internal.runtime.MockRuntime;
import dev.walletsdk.spi.TransportRequest;
import dev.walletsdk.spi.TransportResponse;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.http.HttpException;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpHeaderValue;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.io.QuietException;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves the mock over the server's requests. The body is read without holding a thread and within
 * the read bound; the mock then answers on a pool thread. Faults act on the real connection: a
 * reset closes it without a response, a delay holds the response, a truncated body is cut
 * mid-stream.
 */
final class JettyExchange extends Handler.Abstract {
  private static final Logger LOG = LoggerFactory.getLogger(JettyExchange.class);

  private final MockRuntime runtime;
  private final HttpBounds bounds;
  private final RequestDeadlines deadlines;
  private final Executor executor;
  private final Object idle = new Object();
  private int inFlight;

  JettyExchange(
      MockRuntime runtime, HttpBounds bounds, RequestDeadlines deadlines, Executor executor) {
    this.runtime = runtime;
    this.bounds = bounds;
    this.deadlines = deadlines;
    this.executor = executor;
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) {
    Connection connection = request.getConnectionMetaData().getConnection();
    deadlines.begin(connection);
    started();
    Callback done =
        Callback.from(
            () -> {
              ended(connection);
              callback.succeeded();
            },
            failure -> {
              ended(connection);
              callback.failed(failure);
            });
    if (request.getLength() > bounds.maxBodyBytes()) {
      refuse(response, 413, "the body exceeds " + bounds.maxBodyBytes() + " bytes", done);
      return true;
    }
    BodyReader.read(request, bounds.maxBodyBytes())
        .orTimeout(bounds.requestReadTime().toMillis(), TimeUnit.MILLISECONDS)
        .whenCompleteAsync(
            (body, failure) -> {
              if (failure != null) {
                refuse(response, failure, done);
              } else {
                serveSafely(request, response, body, done);
              }
            },
            executor);
    return true;
  }

  private void started() {
    synchronized (idle) {
      inFlight++;
    }
  }

  private void ended(Connection connection) {
    deadlines.end(connection);
    synchronized (idle) {
      inFlight--;
      idle.notifyAll();
    }
  }

  /**
   * Waits until no request is in progress, or the time is up.
   *
   * @param limit the longest wait
   */
  void awaitIdle(Duration limit) {
    long deadline = System.nanoTime() + limit.toNanos();
    synchronized (idle) {
      for (long left = limit.toNanos(); inFlight > 0 && left > 0; ) {
        try {
          TimeUnit.NANOSECONDS.timedWait(idle, left);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
        left = deadline - System.nanoTime();
      }
    }
  }

  private void serveSafely(Request request, Response response, byte[] body, Callback done) {
    try {
      serve(request, response, body, done);
    } catch (RuntimeException e) {
      LOG.error("request {} {} failed unexpectedly", request.getMethod(), request.getHttpURI(), e);
      if (response.isCommitted()) {
        done.failed(e);
      } else {
        write(response, HttpProblems.of(500, "the mock failed unexpectedly"), done);
      }
    }
  }

  private void serve(Request request, Response response, byte[] body, Callback done) {
    TransportRequest transportRequest;
    try {
      transportRequest = WireRequests.of(request, body);
    } catch (RuntimeException e) {
      write(response, HttpProblems.of(400, e.getMessage()), done);
      return;
    }
    Exchange outcome = runtime.exchangeFromNetwork(transportRequest, Request.getLocalPort(request));
    if (outcome instanceof Exchange.Respond respond) {
      pause(respond.delay());
      write(response, respond.response(), done);
    } else if (outcome instanceof Exchange.Truncate truncate) {
      truncate(request, response, truncate.response(), done);
    } else {
      abort(request, done, "connection dropped by an injected fault");
    }
  }

  /** Sends the status, the headers and half the body, then closes the connection. */
  private static void truncate(
      Request request, Response response, TransportResponse answer, Callback done) {
    byte[] body = answer.body();
    head(response, answer);
    response.write(
        false,
        ByteBuffer.wrap(body, 0, body.length / 2),
        Callback.from(
            () -> abort(request, done, "response body truncated by an injected fault"),
            done::failed));
  }

  /** A connection ended on purpose, by an injected fault: not worth a warning. */
  private static final class Aborted extends IOException implements QuietException {
    private static final long serialVersionUID = 1L;

    Aborted(String message) {
      super(message);
    }
  }

  private static void abort(Request request, Callback done, String why) {
    EndPoint endPoint = request.getConnectionMetaData().getConnection().getEndPoint();
    IOException failure = new Aborted(why);
    endPoint.close(failure);
    done.failed(failure);
  }

  private void refuse(Response response, Throwable failure, Callback done) {
    Throwable cause = failure instanceof CompletionException ? failure.getCause() : failure;
    if (cause instanceof BodyReader.TooLarge) {
      refuse(response, 413, cause.getMessage(), done);
    } else if (cause instanceof TimeoutException) {
      refuse(
          response,
          408,
          "the body did not arrive within " + bounds.requestReadTime().toMillis() + " ms",
          done);
    } else if (cause instanceof HttpException http && http.getCode() < 500) {
      refuse(response, http.getCode(), "the body is not valid HTTP/1.1: " + http.getReason(), done);
    } else {
      LOG.debug("request body failed: {}", String.valueOf(cause));
      done.failed(cause);
    }
  }

  /** Answers a problem and closes the connection: the rest of the request is not read. */
  private static void refuse(Response response, int status, String detail, Callback done) {
    if (response.isCommitted()) {
      done.failed(new IOException(detail));
      return;
    }
    response.getHeaders().put(HttpHeader.CONNECTION, HttpHeaderValue.CLOSE);
    write(response, HttpProblems.of(status, detail), done);
  }

  /**
   * Writes a whole response.
   *
   * @param response where
   * @param answer what
   * @param callback completed when it is written
   */
  static void write(Response response, TransportResponse answer, Callback callback) {
    head(response, answer);
    response.write(true, ByteBuffer.wrap(answer.body()), callback);
  }

  private static void head(Response response, TransportResponse answer) {
    response.setStatus(answer.status());
    for (int i = 0; i < answer.headers().size(); i++) {
      response.getHeaders().add(answer.headers().name(i), answer.headers().value(i));
    }
    response.getHeaders().put(HttpHeader.CONTENT_LENGTH, answer.body().length);
  }

  private static void pause(Duration delay) {
    if (!delay.isZero()) {
      try {
        Thread.sleep(delay.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
