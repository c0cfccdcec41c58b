/* ui.c — typing in the window: main-thread time per keystroke, preview lag
 *
 * Usage: ui IN.md [KEYS [PASTES]]
 *
 * Imports IN.md (build-aux/bench makes a ~70-page one whose paragraphs
 * are all different), saves it as a .fayan file, then times opening it in
 * a FyWindow (window created, file read, first frame drawn) and replays
 * KEYS (default 200) keystrokes and PASTES (default 20) pastes of three
 * paragraphs into the middle of the document, one event every
 * FAYAN_BENCH_KEY_MS (default 80) ms, the pastes spread among the keys.
 *
 * Keystrokes are real key presses: XTest (libxtst) asks the X server to
 * press keys, which reach GTK as a keyboard's do (key controller, input
 * method, the text view's key handling, which pauses the cursor's blink);
 * each typed character has a keycode of its own, mapped before the
 * replay; pastes are Ctrl+V with the text on the clipboard.  The targets
 * are judged on these.  FAYAN_BENCH_INPUT=signals (or a build without
 * libxtst-dev, or a display other than X11) sends them as sessions up to
 * 9 did, for comparison: the text view's keybinding signals
 * ("insert-at-cursor", "backspace") and fy_editor_paste_text(); no key is
 * pressed there, so GTK keeps fading the cursor in and out while keys
 * come, a frame every 16 ms a real keyboard does not cause.  Before the
 * first key the bench jumps to the middle and waits until the preview's
 * new pages are shown and the scroll bars that jump showed have finished
 * fading in.  The main loop's poll function is wrapped: the time
 * outside poll() is the main thread's work, charged to the event last
 * delivered, up to the next one (so a timer that fires between two keys
 * counts against the key before it, as the user feels it).  Figures are
 * wall time (what the user waits) and the main thread's CPU time (what the
 * code costs, whatever the machine's load).  Last, the time from the last
 * key to the preview showing a layout of the final text, the frames drawn
 * meanwhile, and the four figures against issue #16's targets.  With
 * OpenGL on Mesa's software rasteriser, its threads draw each frame while
 * the main thread waits: their CPU is printed beside the main thread's.
 * Per event also: from its delivery to the end of the frame showing it.
 * The open figure includes GTK's start-up (display, renderer choice).
 * FAYAN_BENCH_SPIKES=MS lists the events that took more than MS of CPU;
 * FAYAN_BENCH_NO_BLINK turns the text cursor's blink off,
 * FAYAN_BENCH_NO_ANIM GTK's animations (before the window maps, else the
 * scrolled windows keep animating), FAYAN_BENCH_TRACE prints each event
 * (E) and frame (F: its CPU, phases Update/Layout/Paint, the editor's and
 * the preview's scroll values, their scroll bars' opacity).
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "fy-application.h"
#include "fy-editor.h"
#include "fy-preview.h"
#include "fy-preview-page.h"
#include "fy-renderer-choice.h"
#include "fy-window.h"

#ifdef HAVE_XTEST
#include <gdk/x11/gdkx.h>
#include <X11/Xlib.h>
#include <X11/keysym.h>
#include <X11/extensions/XTest.h>
#endif

/* What the keys type, in turn. */
static const char *typed[] = { "我", "们", "要", "坚", "持", "以", "人", "民", "为", "中", "心", "，",
                               "推", "动", "高", "质", "量", "发", "展", "。" };

typedef struct
{
  gboolean is_paste;
  double   wall_ms;   /* main-thread work until the next event */
  double   cpu_ms;
  gint64   start;     /* monotonic µs, for FAYAN_BENCH_SPIKES */
  guint    frames;    /* frames painted meanwhile */
  double   frame_cpu_ms; /* their CPU, from before-paint to after-paint */
  double   paint_cpu_ms; /* of which the paint phase: snapshot and render */
  guint    new_pictures; /* frames that showed a new page picture */
  double   raster_ms; /* CPU of the GL driver's own threads until the next event */
  gint64   start_cpu; /* thread CPU at delivery, µs */
  gboolean shown;     /* a frame has shown it: */
  double   latency_ms;     /* delivery to the end of that frame, wall */
  double   latency_cpu_ms; /* and the main thread's CPU meanwhile */
} Event;

static gint64  poll_returned;     /* wall, µs */
static gint64  poll_returned_cpu; /* thread CPU, µs */
static Event  *current;
static GArray *events;

static gint64 layout_time;        /* last notify::layout, µs */
static gint64 shown_time;         /* after-paint of the last frame that
                                   * showed a new page picture, µs */
static gint64 shown_seen;
static guint  n_shown;            /* frames showing new page pictures
                                   * during the replay */

static GArray *frame_cpu;         /* each replay frame's CPU, ms */
static GArray *frame_cpu_new;     /* of those that showed new page pictures */
static gint64 frame_start_cpu;    /* thread CPU at before-paint, µs */
static gint64 frame_start_shown;  /* the pages' last shown time then */
static gint64 frame_start_wall;   /* monotonic µs at before-paint */
static gint64 paint_start_cpu;    /* at the end of the layout phase */
static gboolean trace;
static guint phases_seen;
static GtkAdjustment *trace_ed, *trace_pv;
static GtkWidget *scrollbars[2];     /* the editor's and the preview's */

/* Minor page faults of the main thread so far: memory touched for the
 * first time, which a virtual machine makes dear. */
static long
thread_page_faults (void)
{
  g_autofree char *stat = NULL;
  const char *p;
  long minflt = 0;

  /* Field 10 of the thread's stat, counted after the command's ')'. */
  if (!g_file_get_contents ("/proc/thread-self/stat", &stat, NULL, NULL) ||
      (p = strrchr (stat, ')')) == NULL ||
      sscanf (p + 1, " %*c %*d %*d %*d %*d %*d %*u %ld", &minflt) != 1)
    return 0;

  return minflt;
}

static gint64
thread_cpu_usec (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &ts);
  return (gint64)ts.tv_sec * G_USEC_PER_SEC + ts.tv_nsec / 1000;
}

/* Mesa's software rasteriser (llvmpipe) draws each frame in threads of
 * its own while the main thread waits for them to swap buffers: on a
 * machine without a graphics card their time is the frame's too, though
 * not the main thread's CPU. */
static GArray *raster_clocks;     /* clockid_t of each such thread */

static void
find_raster_threads (void)
{
  g_autoptr(GDir) dir = g_dir_open ("/proc/self/task", 0, NULL);
  const char *name;

  raster_clocks = g_array_new (FALSE, FALSE, sizeof (clockid_t));
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename ("/proc/self/task", name, "comm", NULL);
      g_autofree char *comm = NULL;

      if (g_file_get_contents (path, &comm, NULL, NULL) && g_str_has_prefix (comm, "llvmpipe"))
        {
          /* Linux's CPU clock of another thread of the process: the
           * kernel's MAKE_THREAD_CPUCLOCK (tid, CPUCLOCK_SCHED). */
          clockid_t clock = (clockid_t)((~(unsigned)atoi (name)) << 3) | 6;

          g_array_append_val (raster_clocks, clock);
        }
    }
}

static gint64
raster_cpu_usec (void)
{
  gint64 total = 0;

  for (guint i = 0; raster_clocks != NULL && i < raster_clocks->len; i++)
    {
      struct timespec ts;

      if (clock_gettime (g_array_index (raster_clocks, clockid_t, i), &ts) == 0)
        total += (gint64)ts.tv_sec * G_USEC_PER_SEC + ts.tv_nsec / 1000;
    }

  return total;
}

/* Charges the main thread's work since poll() last returned to the
 * event being handled. */
static void
charge (void)
{
  gint64 now = g_get_monotonic_time ();
  gint64 now_cpu = thread_cpu_usec ();

  if (current != NULL && poll_returned != 0)
    {
      current->wall_ms += (now - poll_returned) / 1000.0;
      current->cpu_ms += (now_cpu - poll_returned_cpu) / 1000.0;
    }
  poll_returned = now;
  poll_returned_cpu = now_cpu;
}

static gint
bench_poll (GPollFD *fds,
            guint    n_fds,
            gint     timeout)
{
  gint result;

  charge ();
  result = g_poll (fds, n_fds, timeout);
  poll_returned = g_get_monotonic_time ();
  poll_returned_cpu = thread_cpu_usec ();

  return result;
}

static gboolean
flag_cb (gpointer user_data)
{
  *(gboolean *)user_data = TRUE;
  return G_SOURCE_REMOVE;
}

static void
run_for (guint ms)
{
  gboolean done = FALSE;

  g_timeout_add (ms, flag_cb, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
}

static void
frame_painted_cb (GdkFrameClock *clock,
                  gpointer       user_data)
{
  *(gboolean *)user_data = TRUE;
}

/* The frame's phases, seen from handlers connected after GTK's own: the
 * layout phase (sizes) ends before the paint phase (snapshot and the
 * renderer) starts. */
static void
before_paint_cb (GdkFrameClock *clock,
                 gpointer       user_data)
{
  frame_start_cpu = thread_cpu_usec ();
  frame_start_wall = g_get_monotonic_time ();
  frame_start_shown = fy_preview_page_get_last_shown_time ();
  phases_seen = 0;
}

static void
phase_cb (GdkFrameClock *clock, gpointer user_data)
{
  phases_seen |= GPOINTER_TO_UINT (user_data);
}

static void
layout_phase_cb (GdkFrameClock *clock,
                 gpointer       user_data)
{
  paint_start_cpu = thread_cpu_usec ();
}

static void
after_paint_cb (GdkFrameClock *clock,
                gpointer       user_data)
{
  gint64 now = thread_cpu_usec ();

  if (current == NULL || frame_start_cpu == 0)
    return;
  /* The first frame begun after an event was delivered shows it: the
   * change queued a redraw.  Events delivered while a frame ran wait for
   * the next one. */
  for (guint i = events->len; i > 0; i--)
    {
      Event *e = &g_array_index (events, Event, i - 1);

      if (e->shown)
        break;
      if (e->start > frame_start_wall)
        continue;
      e->shown = TRUE;
      e->latency_ms = (g_get_monotonic_time () - e->start) / 1000.0;
      e->latency_cpu_ms = (now - e->start_cpu) / 1000.0;
    }
  current->frames++;
  current->frame_cpu_ms += (now - frame_start_cpu) / 1000.0;
  {
    double ms = (now - frame_start_cpu) / 1000.0;

    if (fy_preview_page_get_last_shown_time () != frame_start_shown)
      {
        current->new_pictures++;
        g_array_append_val (frame_cpu_new, ms);
      }
    else
      g_array_append_val (frame_cpu, ms);
  }
  if (paint_start_cpu >= frame_start_cpu)
    current->paint_cpu_ms += (now - paint_start_cpu) / 1000.0;
  if (trace)
    printf ("F %.3f ev %u cpu %.2f %c%c%c ed %.0f/%.0f pv %.0f sb %.2f %.2f\n", g_get_monotonic_time () / 1e6,
            events->len - 1, (now - frame_start_cpu) / 1000.0,
            phases_seen & 1 ? 'U' : '-', phases_seen & 2 ? 'L' : '-', phases_seen & 4 ? 'P' : '-',
            gtk_adjustment_get_value (trace_ed), gtk_adjustment_get_upper (trace_ed),
            trace_pv ? gtk_adjustment_get_value (trace_pv) : -1.0,
            scrollbars[0] ? gtk_widget_get_opacity (scrollbars[0]) : -1.0,
            scrollbars[1] ? gtk_widget_get_opacity (scrollbars[1]) : -1.0);
}

/* A frame that put a newly drawn page picture on screen. */
static void
page_shown_cb (GdkFrameClock *clock,
               gpointer       user_data)
{
  gint64 shown = fy_preview_page_get_last_shown_time ();

  if (shown != shown_seen)
    {
      shown_seen = shown;
      shown_time = g_get_monotonic_time ();
      if (current != NULL)
        n_shown++;
    }
}

static void
release_pages (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (FY_IS_PREVIEW_PAGE (child))
        fy_preview_page_set_held (FY_PREVIEW_PAGE (child), FALSE);
      else
        release_pages (child);
    }
}

/* FAYAN_BENCH_NO_HOLD: pages show new pictures at once, as before the
 * preview held them while keys arrive (for comparison). */
static void
document_changed_cb (FyDocument *document,
                     gpointer    preview)
{
  release_pages (GTK_WIDGET (preview));
}

static void
layout_cb (GObject    *preview,
           GParamSpec *pspec,
           gpointer    user_data)
{
  layout_time = g_get_monotonic_time ();
}

/* Waits until the preview is idle and has stayed idle for @quiet_ms. */
static void
wait_preview_settled (FyPreview *preview,
                      guint      quiet_ms,
                      guint      limit_ms)
{
  gint64 start = g_get_monotonic_time ();
  gint64 idle_since = 0;

  while ((g_get_monotonic_time () - start) / 1000 < limit_ms)
    {
      gint64 now;

      run_for (10);
      now = g_get_monotonic_time ();
      if (fy_preview_get_busy (preview))
        idle_since = 0;
      else if (idle_since == 0)
        idle_since = now;
      else if ((now - idle_since) / 1000 >= quiet_ms)
        return;
    }
  g_printerr ("ui: the preview did not settle in %u ms\n", limit_ms);
}

/* Runs the main loop until the editor's and the preview's scroll bars
 * have kept their opacity for 200 ms (at most 5 s). */
static void
wait_scrollbars_still (void)
{
  gint64 start = g_get_monotonic_time ();
  double last[2] = { -1, -1 };
  guint still = 0;

  while (still < 4 && g_get_monotonic_time () - start < 5000000)
    {
      gboolean moved = FALSE;

      run_for (50);
      for (guint i = 0; i < G_N_ELEMENTS (scrollbars); i++)
        {
          double opacity = scrollbars[i] != NULL ? gtk_widget_get_opacity (scrollbars[i]) : 0;

          moved |= opacity != last[i];
          last[i] = opacity;
        }
      still = moved ? 0 : still + 1;
    }
}

static int
compare_doubles (const void *a,
                 const void *b)
{
  double x = *(const double *)a, y = *(const double *)b;

  return x < y ? -1 : x > y;
}

typedef struct
{
  double wall_p99, wall_max, cpu_p99, cpu_max, code_p99, code_max, all_p99, all_max;
  double shown_wall_p99, shown_cpu_p99;
} Figures;

static Figures
print_figures (const char *what,
               gboolean    pastes)
{
  Figures f = { 0 };
  g_autoptr(GArray) wall = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) cpu = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) code = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) all = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) shown_wall = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) shown_cpu = g_array_new (FALSE, FALSE, sizeof (double));
  guint n, n_shown_events;

  for (guint i = 0; i < events->len; i++)
    {
      Event *e = &g_array_index (events, Event, i);

      double cpu_ms_without_frames = MAX (0, e->cpu_ms - e->frame_cpu_ms);
      double cpu_ms_all = e->cpu_ms + e->raster_ms;

      if (e->is_paste != pastes)
        continue;
      g_array_append_val (wall, e->wall_ms);
      g_array_append_val (cpu, e->cpu_ms);
      g_array_append_val (code, cpu_ms_without_frames);
      g_array_append_val (all, cpu_ms_all);
      if (e->shown)
        {
          g_array_append_val (shown_wall, e->latency_ms);
          g_array_append_val (shown_cpu, e->latency_cpu_ms);
        }
    }

  n = wall->len;
  if (n == 0)
    return f;
  qsort (wall->data, n, sizeof (double), compare_doubles);
  qsort (cpu->data, n, sizeof (double), compare_doubles);
  qsort (code->data, n, sizeof (double), compare_doubles);
  qsort (all->data, n, sizeof (double), compare_doubles);

#define P(a, q) g_array_index (a, double, MIN (n - 1, (guint)(q * n)))
  printf ("%-10s n=%-4u main thread wall ms p50 %6.1f  p99 %6.1f  max %6.1f   "
          "cpu ms p50 %6.1f  p99 %6.1f  max %6.1f\n",
          what, n, P (wall, 0.50), P (wall, 0.99), g_array_index (wall, double, n - 1),
          P (cpu, 0.50), P (cpu, 0.99), g_array_index (cpu, double, n - 1));
  /* The same CPU without the frames' (see print_frames()): the work of
   * Fayan's code and GTK's event handling, whatever the renderer. */
  printf ("%-10s   without the frames drawn meanwhile:        "
          "cpu ms p50 %6.1f  p99 %6.1f  max %6.1f\n",
          "", P (code, 0.50), P (code, 0.99), g_array_index (code, double, n - 1));
  /* And with the CPU of the GL driver's rasteriser threads (llvmpipe),
   * which draw the frames the main thread waits for. */
  printf ("%-10s   with the GL rasteriser's threads (%u):          "
          "cpu ms p50 %6.1f  p99 %6.1f  max %6.1f\n",
          "", raster_clocks != NULL ? raster_clocks->len : 0,
          P (all, 0.50), P (all, 0.99), g_array_index (all, double, n - 1));
  n_shown_events = shown_wall->len;
  if (n_shown_events > 0)
    {
      qsort (shown_wall->data, n_shown_events, sizeof (double), compare_doubles);
      qsort (shown_cpu->data, n_shown_events, sizeof (double), compare_doubles);
#define Q(a, q) g_array_index (a, double, MIN (n_shown_events - 1, (guint)(q * n_shown_events)))
      /* What the typist waits for: from the event to the end of the
       * frame that shows it (its own work, and whatever ran first). */
      printf ("%-10s   until the frame showing it (%u of %u):      wall ms p50 %6.1f  p99 %6.1f  max %6.1f   "
              "cpu ms p50 %6.1f  p99 %6.1f  max %6.1f\n",
              "", n_shown_events, n, Q (shown_wall, 0.50), Q (shown_wall, 0.99),
              g_array_index (shown_wall, double, n_shown_events - 1),
              Q (shown_cpu, 0.50), Q (shown_cpu, 0.99), g_array_index (shown_cpu, double, n_shown_events - 1));
      f.shown_wall_p99 = Q (shown_wall, 0.99);
      f.shown_cpu_p99 = Q (shown_cpu, 0.99);
#undef Q
    }
  f.all_p99 = P (all, 0.99);
  f.all_max = g_array_index (all, double, n - 1);
  f.code_p99 = P (code, 0.99);
  f.code_max = g_array_index (code, double, n - 1);
  f.wall_p99 = P (wall, 0.99);
  f.wall_max = g_array_index (wall, double, n - 1);
  f.cpu_p99 = P (cpu, 0.99);
  f.cpu_max = g_array_index (cpu, double, n - 1);
#undef P

  return f;
}

static const char *
verdict (double value,
         double target)
{
  return value <= target ? "met" : "missed";
}

/* How much of the main thread's time went to drawing frames, which GTK
 * does whatever the code: under Xvfb the GL renderer runs on Mesa's
 * software rasteriser, far slower than a graphics card. */
static long replay_page_faults;

static void
print_frame_cpu (const char *what,
                 GArray     *ms)
{
  guint n = ms->len;

  if (n == 0)
    return;
  qsort (ms->data, n, sizeof (double), compare_doubles);
  printf ("           %s: %u, cpu ms per frame p50 %.1f  p90 %.1f  p99 %.1f  max %.1f\n",
          what, n, g_array_index (ms, double, n / 2),
          g_array_index (ms, double, MIN (n - 1, n * 9 / 10)),
          g_array_index (ms, double, MIN (n - 1, n * 99 / 100)),
          g_array_index (ms, double, n - 1));
}

static void
print_frames (void)
{
  double total = 0, frames_cpu = 0, paint = 0, raster = 0;
  guint frames = 0;

  for (guint i = 0; i < events->len; i++)
    {
      Event *e = &g_array_index (events, Event, i);

      total += e->cpu_ms;
      frames += e->frames;
      frames_cpu += e->frame_cpu_ms;
      paint += e->paint_cpu_ms;
      raster += e->raster_ms;
    }
  if (frames == 0 || total <= 0)
    return;
  printf ("frames     %u drawn during the replay (renderer %s), cpu ms per frame %.1f "
          "(paint phase %.1f); frames are %.0f %% of the replay's main-thread cpu\n",
          frames, g_getenv ("GSK_RENDERER") ? g_getenv ("GSK_RENDERER") : "default",
          frames_cpu / frames, paint / frames, 100.0 * frames_cpu / total);
  /* Per frame, whichever event it fell to: on a loaded machine several
   * events share a frame, so this is the steadier figure to compare.
   * Frames that put a new page picture on screen apart: they draw pages
   * anew, the others the same window with the key's change. */
  print_frame_cpu ("frames with the same pages", frame_cpu);
  print_frame_cpu ("frames showing new page pictures", frame_cpu_new);
  printf ("           main-thread page faults during the replay %ld\n", replay_page_faults);
  printf ("           GL rasteriser threads' cpu ms per frame %.1f (main thread's %.1f)\n",
          raster / frames, frames_cpu / frames);
}

/* With FAYAN_BENCH_SPIKES=MS: each event whose main-thread CPU passed
 * MS, with its window on CLOCK_MONOTONIC (seconds, as `perf record -k
 * CLOCK_MONOTONIC` stamps samples), to find what it ran. */
static void
print_spikes (double limit_ms)
{
  for (guint i = 0; i < events->len; i++)
    {
      Event *e = &g_array_index (events, Event, i);
      gint64 end = i + 1 < events->len ? g_array_index (events, Event, i + 1).start : e->start + 1000000;

      if (e->cpu_ms >= limit_ms)
        printf ("spike      event %u (%s) cpu %.1f ms wall %.1f ms, %u frames cpu %.1f ms "
                "(paint %.1f ms, %u with new page pictures), at %.6f-%.6f\n", i,
                e->is_paste ? "paste" : "key", e->cpu_ms, e->wall_ms, e->frames,
                e->frame_cpu_ms, e->paint_cpu_ms, e->new_pictures, e->start / 1e6, end / 1e6);
    }
}

/* Real key presses: XTest asks the X server to press keys, which reach
 * GTK as a keyboard's do (key controller, input method, the text view's
 * key handling, its cursor blink paused while keys come).  Each typed
 * character gets a keycode of its own, mapped before the replay. */
typedef struct
{
#ifdef HAVE_XTEST
  Display *display;
  KeyCode  typed[G_N_ELEMENTS (typed)];
  KeyCode  backspace;
  KeyCode  enter;
  KeyCode  control;
  KeyCode  v;
#endif
  gboolean ok;
} Keyboard;

static Keyboard keyboard;

static gboolean
keyboard_open (GtkWindow  *window,
               char      **why)
{
#ifdef HAVE_XTEST
  GdkDisplay *gdk_display = gtk_widget_get_display (GTK_WIDGET (window));
  Display *display;
  KeySym *map;
  int min_code, max_code, per_code, event_base, error_base, major, minor;
  guint next = 0;

  if (!GDK_IS_X11_DISPLAY (gdk_display))
    {
      *why = g_strdup ("not an X11 display");
      return FALSE;
    }
  display = XOpenDisplay (XDisplayString (gdk_x11_display_get_xdisplay (gdk_display)));
  if (display == NULL || !XTestQueryExtension (display, &event_base, &error_base, &major, &minor))
    {
      *why = g_strdup ("no XTest extension");
      if (display != NULL)
        XCloseDisplay (display);
      return FALSE;
    }

  /* Keycodes with no symbol or only a vendor one (XF86 media keys), from
   * the top, one per typed character. */
  XDisplayKeycodes (display, &min_code, &max_code);
  map = XGetKeyboardMapping (display, min_code, max_code - min_code + 1, &per_code);
  for (int code = max_code; code >= min_code && next < G_N_ELEMENTS (typed); code--)
    {
      gboolean spare = TRUE;
      KeySym symbol;
      KeySym symbols[2];

      for (int j = 0; j < per_code; j++)
        {
          KeySym present = map[(code - min_code) * per_code + j];

          if (present != NoSymbol && (present & 0xffff0000) != 0x10080000)
            spare = FALSE;
        }
      if (!spare)
        continue;

      /* X's keysym for a Unicode character. */
      symbol = 0x01000000 | g_utf8_get_char (typed[next]);
      symbols[0] = symbols[1] = symbol;
      XChangeKeyboardMapping (display, code, 2, symbols, 1);
      keyboard.typed[next++] = (KeyCode)code;
    }
  XFree (map);
  if (next < G_N_ELEMENTS (typed))
    {
      *why = g_strdup ("too few spare keycodes");
      XCloseDisplay (display);
      return FALSE;
    }

  keyboard.backspace = XKeysymToKeycode (display, XK_BackSpace);
  keyboard.enter = XKeysymToKeycode (display, XK_Return);
  keyboard.control = XKeysymToKeycode (display, XK_Control_L);
  keyboard.v = XKeysymToKeycode (display, XK_v);
  /* No window manager under Xvfb: the window takes the focus itself. */
  XSetInputFocus (display, gdk_x11_surface_get_xid (gtk_native_get_surface (GTK_NATIVE (window))),
                  RevertToParent, CurrentTime);
  XSync (display, False);
  keyboard.display = display;
  keyboard.ok = TRUE;

  return TRUE;
#else
  *why = g_strdup ("built without XTest (libxtst-dev)");
  return FALSE;
#endif
}

#ifdef HAVE_XTEST
static void
press (KeyCode code,
       gboolean down)
{
  XTestFakeKeyEvent (keyboard.display, code, down, CurrentTime);
}

static void
tap (KeyCode code)
{
  press (code, TRUE);
  press (code, FALSE);
  XFlush (keyboard.display);
}
#endif

/* One event of the replay: a key (or Ctrl+V with @paste on the
 * clipboard) through XTest, else the text view's keybinding signals and
 * fy_editor_paste_text(). */
static void
send_event (FyEditor   *editor,
            guint       key,
            const char *paste)
{
#ifdef HAVE_XTEST
  if (keyboard.ok)
    {
      if (paste != NULL)
        {
          gdk_clipboard_set_text (gtk_widget_get_clipboard (GTK_WIDGET (editor)), paste);
          press (keyboard.control, TRUE);
          tap (keyboard.v);
          press (keyboard.control, FALSE);
          XFlush (keyboard.display);
        }
      else if (key % 23 == 22)
        tap (keyboard.backspace);
      else if (key % 41 == 40)
        tap (keyboard.enter);
      else
        tap (keyboard.typed[key % G_N_ELEMENTS (typed)]);
      return;
    }
#endif
  if (paste != NULL)
    fy_editor_paste_text (editor, paste);
  else if (key % 23 == 22)
    g_signal_emit_by_name (editor, "backspace");
  else if (key % 41 == 40)
    g_signal_emit_by_name (editor, "insert-at-cursor", "\n");
  else
    g_signal_emit_by_name (editor, "insert-at-cursor", typed[key % G_N_ELEMENTS (typed)]);
}

static int
buffer_chars (FyEditor *editor)
{
  return gtk_text_buffer_get_char_count (gtk_text_view_get_buffer (GTK_TEXT_VIEW (editor)));
}

static char *
make_paste (const char *text,
            guint       k)
{
  g_auto(GStrv) paragraphs = g_strsplit (text, "\n\n", -1);
  GString *paste = g_string_new (NULL);
  guint n = g_strv_length (paragraphs), added = 0;

  /* Three body paragraphs of the input, each with a marker of its own. */
  for (guint i = 1; i < n && added < 3; i++)
    {
      const char *p = paragraphs[(i + 7 * k) % n];

      if (*p == '\0' || *p == '#')
        continue;
      g_string_append_printf (paste, "%s%s〔粘贴%u〕", added > 0 ? "\n\n" : "", p, k);
      added++;
    }

  return g_string_free (paste, FALSE);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autoptr(FyDocument) imported = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(FyApplication) app = NULL;
  g_autofree char *loadavg = NULL;
  FyWindow *window;
  FyEditor *editor;
  FyPreview *preview;
  GdkFrameClock *clock;
  guint n_keys, n_pastes, key_ms, n_blocks;
  gboolean painted = FALSE;
  int chars_before = 0;
  gint64 t_start, t_started, t0, t_open, t_last, cpu0;
  double open_ms, open_cpu_ms, preview_ms = -1;
  Figures keys;

  if (argc < 2)
    {
      g_printerr ("Usage: %s IN.md [KEYS [PASTES]]\n", argv[0]);
      return 2;
    }
  n_keys = argc > 2 ? (guint)atoi (argv[2]) : 200;
  n_pastes = argc > 3 ? (guint)atoi (argv[3]) : 20;
  key_ms = g_getenv ("FAYAN_BENCH_KEY_MS") ? (guint)atoi (g_getenv ("FAYAN_BENCH_KEY_MS")) : 80;

  fy_core_setlocale ();
  gtk_disable_setlocale ();
  fy_core_init ();

  if (!g_file_get_contents (argv[1], &text, NULL, &error) ||
      (imported = fy_import_markdown (text, -1, &error)) == NULL)
    {
      g_printerr ("ui: %s\n", error->message);
      return 1;
    }

  dir = g_dir_make_tmp ("fayan-bench-ui-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (dir, "speech.fayan", NULL);
  file = g_file_new_for_path (path);
  if (!fy_document_save_to_file (imported, file, NULL, &error))
    {
      g_printerr ("ui: %s\n", error->message);
      return 1;
    }
  n_blocks = fy_document_get_n_blocks (imported);

  /* Recovery copies go to a folder of our own. */
  g_setenv ("XDG_DATA_HOME", dir, TRUE);

  t_start = g_get_monotonic_time ();
  g_set_prgname ("fayan-bench-ui");
  g_set_application_name ("Fayan UI benchmark");
  gtk_init ();
  adw_init ();
  /* as app/ui/main.c does */
  fy_renderer_choice_apply (gdk_display_get_default ());
  g_main_context_set_poll_func (NULL, bench_poll);
  /* The text cursor's blink is an animation: a frame every 16 ms while
   * it fades, charged to the key before it like any other work. */
  if (g_getenv ("FAYAN_BENCH_NO_ANIM") != NULL)
    g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);
  if (g_getenv ("FAYAN_BENCH_NO_BLINK") != NULL)
    g_object_set (gtk_settings_get_default (), "gtk-cursor-blink", FALSE, NULL);

  app = fy_application_new ();
  g_application_set_application_id (G_APPLICATION (app), APPLICATION_ID ".Bench");
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  if (!g_application_register (G_APPLICATION (app), NULL, &error))
    {
      g_printerr ("ui: %s\n", error->message);
      return 1;
    }

  t_started = g_get_monotonic_time ();

  /* Open: a new window, the file read and shown, the first frame drawn. */
  t0 = g_get_monotonic_time ();
  cpu0 = thread_cpu_usec ();
  window = g_object_new (FY_TYPE_WINDOW, "application", app, NULL);
  preview = FY_PREVIEW (fy_window_get_preview (window));
  g_signal_connect (preview, "notify::layout", G_CALLBACK (layout_cb), NULL);
  fy_window_open_file (window, file);
  gtk_window_present (GTK_WINDOW (window));
  clock = gtk_widget_get_frame_clock (GTK_WIDGET (window));
  g_signal_connect (clock, "after-paint", G_CALLBACK (frame_painted_cb), &painted);
  while (!painted)
    g_main_context_iteration (NULL, TRUE);
  t_open = g_get_monotonic_time ();
  g_signal_handlers_disconnect_by_func (clock, frame_painted_cb, &painted);

  editor = fy_window_get_editor (window);
  g_signal_connect (clock, "before-paint", G_CALLBACK (before_paint_cb), NULL);
  g_signal_connect (clock, "layout", G_CALLBACK (layout_phase_cb), NULL);
  g_signal_connect (clock, "after-paint", G_CALLBACK (after_paint_cb), NULL);
  g_signal_connect (clock, "after-paint", G_CALLBACK (page_shown_cb), NULL);
  trace = g_getenv ("FAYAN_BENCH_TRACE") != NULL;
  g_signal_connect (clock, "update", G_CALLBACK (phase_cb), GUINT_TO_POINTER (1));
  g_signal_connect (clock, "layout", G_CALLBACK (phase_cb), GUINT_TO_POINTER (2));
  g_signal_connect (clock, "paint", G_CALLBACK (phase_cb), GUINT_TO_POINTER (4));
  trace_ed = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (editor));
  {
    GtkWidget *w = GTK_WIDGET (preview);
    while (w && !GTK_IS_SCROLLED_WINDOW (w))
      w = gtk_widget_get_first_child (w);
    trace_pv = w ? gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (w)) : NULL;
    scrollbars[1] = w ? gtk_scrolled_window_get_vscrollbar (GTK_SCROLLED_WINDOW (w)) : NULL;
    w = gtk_widget_get_parent (GTK_WIDGET (editor));
    scrollbars[0] = GTK_IS_SCROLLED_WINDOW (w) ? gtk_scrolled_window_get_vscrollbar (GTK_SCROLLED_WINDOW (w)) : NULL;
  }

  g_file_get_contents ("/proc/loadavg", &loadavg, NULL, NULL);
  printf ("input      %u blocks; load average %s", n_blocks, loadavg ? loadavg : "?\n");
  open_ms = (t_open - t0) / 1000.0;
  open_cpu_ms = (thread_cpu_usec () - cpu0) / 1000.0;
  printf ("start-up   %.0f ms: GTK and libadwaita initialised, the display opened, the "
          "application started (renderer %s)\n",
          (t_started - t_start) / 1000.0, g_getenv ("GSK_RENDERER") ? g_getenv ("GSK_RENDERER") : "GTK's choice");
  printf ("open       %.0f ms to the first frame of the editable window (main thread cpu %.0f ms)\n",
          open_ms, open_cpu_ms);
  /* What a user who opens the file from the file manager waits for,
   * short of loading the executable. */
  open_ms += (t_started - t_start) / 1000.0;

  /* Let the first layout and proofreading finish. */
  wait_preview_settled (preview, 1500, 60000);
  printf ("settled    %.0f ms after opening (first layout shown)\n",
          (layout_time - t0) / 1000.0);

  /* FAYAN_BENCH_INPUT=signals: the keys as sessions up to 9 sent them. */
  if (g_strcmp0 (g_getenv ("FAYAN_BENCH_INPUT"), "signals") != 0)
    {
      g_autofree char *why = NULL;

      if (!keyboard_open (GTK_WINDOW (window), &why))
        printf ("keys       no real key presses (%s): keybinding signals instead\n", why);
    }
  if (keyboard.ok)
    printf ("keys       real key presses through XTest, pastes as Ctrl+V: the targets are judged on these\n");
  else
    printf ("keys       the text view's keybinding signals and fy_editor_paste_text(), as up to "
            "session 9 (no key press: GTK does not pause the cursor's blink)\n");

  fy_editor_jump_to_block (editor, n_blocks / 2, 0);
  gtk_widget_grab_focus (GTK_WIDGET (editor));
  /* The preview follows the cursor: let the pages now in view be drawn
   * (no new picture for 500 ms) before the first key. */
  {
    gint64 start = g_get_monotonic_time ();

    shown_time = start;
    while (g_get_monotonic_time () - MAX (shown_time, start) < 500000 &&
           g_get_monotonic_time () - start < 10000000)
      run_for (50);
  }
  /* And the scroll bars the jump showed finish fading in (GTK's overlay
   * indicators, ~1 s): their frames belong to the jump, not to the first
   * keys. */
  wait_scrollbars_still ();
  if (g_getenv ("FAYAN_BENCH_NO_HOLD") != NULL)
    g_signal_connect_after (fy_window_get_document (window), "changed",
                            G_CALLBACK (document_changed_cb), preview);

  events = g_array_new (FALSE, TRUE, sizeof (Event));
  frame_cpu = g_array_new (FALSE, FALSE, sizeof (double));
  frame_cpu_new = g_array_new (FALSE, FALSE, sizeof (double));
  {
    guint n_events = n_keys + n_pastes;
    guint paste_every = n_pastes > 0 ? n_events / n_pastes : 0;
    guint key = 0, paste = 0;
    gint64 start = g_get_monotonic_time ();

    gint64 raster = 0, raster_now;

    find_raster_threads ();
    raster = raster_cpu_usec ();
    replay_page_faults = thread_page_faults ();
    chars_before = buffer_chars (editor);
    for (guint i = 0; i < n_events; i++)
      {
        gint64 due = start + (gint64)i * key_ms * 1000;
        Event e = { 0 };

        while (g_get_monotonic_time () < due)
          {
            gint64 left = (due - g_get_monotonic_time ()) / 1000;

            if (left > 0)
              run_for ((guint)left);
          }

        e.is_paste = paste_every > 0 && paste < n_pastes && i % paste_every == paste_every / 2;
        /* Behind schedule, events follow each other without a poll in
         * between, as queued key presses do. */
        charge ();
        raster_now = raster_cpu_usec ();
        if (current != NULL)
          current->raster_ms += (raster_now - raster) / 1000.0;
        raster = raster_now;
        e.start = g_get_monotonic_time ();
        e.start_cpu = thread_cpu_usec ();
        g_array_append_val (events, e);
        current = &g_array_index (events, Event, events->len - 1);

        if (trace)
          printf ("E %.3f ev %u %s\n", g_get_monotonic_time () / 1e6, i, e.is_paste ? "paste" : "key");
        if (current->is_paste)
          {
            g_autofree char *pasted = make_paste (text, paste++);

            send_event (editor, 0, pasted);
          }
        else
          send_event (editor, key++, NULL);
      }
    t_last = g_get_monotonic_time ();
    run_for (key_ms);
    charge ();
    current->raster_ms += (raster_cpu_usec () - raster) / 1000.0;
    current = NULL;
    replay_page_faults = thread_page_faults () - replay_page_faults;
  }

  layout_time = 0;
  wait_preview_settled (preview, 1500, 60000);

  /* The same text arrives whichever way the keys went. */
  printf ("typed      the text grew by %d characters\n", buffer_chars (editor) - chars_before);
  keys = print_figures ("keystrokes", FALSE);
  print_figures ("pastes", TRUE);
  print_frames ();
  printf ("           frames showing new page pictures during the replay: %u%s\n", n_shown,
          g_getenv ("FAYAN_BENCH_NO_HOLD") != NULL ? " (FAYAN_BENCH_NO_HOLD: not held while typing)" : "");
  if (g_getenv ("FAYAN_BENCH_SPIKES") != NULL)
    print_spikes (g_ascii_strtod (g_getenv ("FAYAN_BENCH_SPIKES"), NULL));
  if (layout_time > t_last)
    printf ("preview    %.0f ms from the last key to the layout of the final text\n",
            (layout_time - t_last) / 1000.0);
  else
    printf ("preview    no layout after the last key\n");
  /* What the user sees: the frame that put the new pictures of the pages
   * in view on screen (they wait for typing to pause). */
  if (layout_time > t_last && shown_time > layout_time)
    {
      preview_ms = (shown_time - t_last) / 1000.0;
      printf ("           %.0f ms from the last key to the frame showing its pages\n", preview_ms);
    }
  else
    printf ("           no page redrawn after the final layout\n");

  /* The four figures of the issue, against their targets.  Wall time
   * depends on the machine's load (printed with them); the main thread's
   * CPU time much less. */
  g_clear_pointer (&loadavg, g_free);
  g_file_get_contents ("/proc/loadavg", &loadavg, NULL, NULL);
  printf ("targets    (load average now %s", loadavg ? loadavg : "?\n");
  printf ("  keystroke p99  <= 16 ms   cpu %6.1f  %-6s  wall %6.1f  %s\n",
          keys.cpu_p99, verdict (keys.cpu_p99, 16), keys.wall_p99, verdict (keys.wall_p99, 16));
  printf ("  keystroke max  <= 50 ms   cpu %6.1f  %-6s  wall %6.1f  %s\n",
          keys.cpu_max, verdict (keys.cpu_max, 50), keys.wall_max, verdict (keys.wall_max, 50));
  printf ("  (without frames: keystroke cpu p99 %.1f, max %.1f ms; with the GL rasteriser's "
          "threads: p99 %.1f, max %.1f ms)\n", keys.code_p99, keys.code_max, keys.all_p99, keys.all_max);
  printf ("  (key to the frame showing it: cpu p99 %.1f ms, wall p99 %.1f ms)\n",
          keys.shown_cpu_p99, keys.shown_wall_p99);
  if (preview_ms >= 0)
    printf ("  preview        <= 300 ms                      wall %6.0f  %s\n",
            preview_ms, verdict (preview_ms, 300));
  else
    printf ("  preview        <= 300 ms                      no layout after the last key\n");
  printf ("  open (+start)  <= 800 ms  cpu %6.0f          wall %6.0f  %s\n",
          open_cpu_ms, open_ms, verdict (open_ms, 800));

  /* Time to take a screenshot of the final window (import -window root). */
  if (g_getenv ("FAYAN_BENCH_LINGER_MS") != NULL)
    {
      printf ("lingering\n");
      fflush (stdout);
      run_for ((guint)g_ascii_strtoull (g_getenv ("FAYAN_BENCH_LINGER_MS"), NULL, 10));
    }

#ifdef HAVE_XTEST
  if (keyboard.display != NULL)
    XCloseDisplay (keyboard.display);
#endif
  fy_window_discard_recovery (window);
  gtk_window_destroy (GTK_WINDOW (window));
  run_for (100);

  g_array_unref (events);
  g_array_unref (frame_cpu);
  g_array_unref (frame_cpu_new);
  g_array_unref (raster_clocks);
  g_unlink (path);
  {
    g_autofree char *recovery = g_build_filename (dir, "fayan", "recovery", NULL);
    g_autoptr(GDir) d = g_dir_open (recovery, 0, NULL);
    const char *name;

    while (d != NULL && (name = g_dir_read_name (d)) != NULL)
      {
        g_autofree char *p = g_build_filename (recovery, name, NULL);
        g_unlink (p);
      }
    g_rmdir (recovery);
    recovery[strlen (recovery) - strlen ("/recovery")] = '\0';
    g_rmdir (recovery);
  }
  g_rmdir (dir);

  return 0;
}
