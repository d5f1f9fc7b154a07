/*
 * For bench/startup.sh: watches the X display for a window with the given title and prints, in milliseconds since
 * the epoch, when X maps it and when its first frame is drawn (the first time any of its pixels differs from its
 * most common colour: until then it is an empty rectangle), and how much of the window that frame covers (the
 * percentage of pixels not in the most common colour: a label in a bare window, the routine cards in the app).
 * One process polls every 5 ms, so the watching costs no process start per poll.
 *
 * Usage: firstframe TITLE TIMEOUT_MS   prints "MAPPED DRAWN PERCENT" (a "-" for what never came);
 *        FIRSTFRAME_DUMP=frame.ppm firstframe ...   also writes that first frame, to look at
 * Build: cc -O2 -o firstframe firstframe.c -lX11
 */
#include <X11/Xlib.h>
#include <X11/Xutil.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static long long now_ms(void) {
    struct timespec t;
    clock_gettime(CLOCK_REALTIME, &t);
    return (long long) t.tv_sec * 1000 + t.tv_nsec / 1000000;
}

static int ignore_errors(Display *d, XErrorEvent *e) {
    (void) d;
    (void) e;
    return 0;
}

/* Depth-first search for a viewable window whose name is TITLE. */
static Window find(Display *d, Window w, const char *title) {
    char *name = NULL;
    if (XFetchName(d, w, &name) && name) {
        int same = strcmp(name, title) == 0;
        XFree(name);
        XWindowAttributes a;
        if (same && XGetWindowAttributes(d, w, &a) && a.map_state == IsViewable) {
            return w;
        }
    }
    Window root, parent, *children = NULL;
    unsigned int n = 0;
    if (!XQueryTree(d, w, &root, &parent, &children, &n)) {
        return 0;
    }
    Window found = 0;
    for (unsigned int i = 0; i < n && !found; i++) {
        found = find(d, children[i], title);
    }
    if (children) {
        XFree(children);
    }
    return found;
}

/* Writes the image as a binary PPM (for a look at the frame the times are for). */
static void dump(XImage *img, int width, int height, const char *path) {
    FILE *out = fopen(path, "wb");
    if (!out) {
        return;
    }
    fprintf(out, "P6\n%d %d\n255\n", width, height);
    for (int y = 0; y < height; y++) {
        for (int x = 0; x < width; x++) {
            unsigned long p = XGetPixel(img, x, y);
            unsigned char rgb[3] = {(p >> 16) & 0xff, (p >> 8) & 0xff, p & 0xff};
            fwrite(rgb, 1, 3, out);
        }
    }
    fclose(out);
}

/*
 * Percent of pixels that differ from the most common of a sample of 4096; -1 when the image cannot be read. With
 * FIRSTFRAME_DUMP set, the first image with any differing pixel is written there.
 */
static double differing(Display *d, Window w) {
    XWindowAttributes a;
    if (!XGetWindowAttributes(d, w, &a) || a.map_state != IsViewable) {
        return -1;
    }
    XImage *img = XGetImage(d, w, 0, 0, a.width, a.height, AllPlanes, ZPixmap);
    if (!img) {
        return -1;
    }
    unsigned long sample[4096];
    int counts[4096];
    int kinds = 0;
    for (int i = 0; i < 4096; i++) {
        unsigned long p = XGetPixel(img, (i * 7919) % a.width, (i * 104729 / 4096) % a.height);
        int k = 0;
        while (k < kinds && sample[k] != p) {
            k++;
        }
        if (k == kinds) {
            sample[kinds] = p;
            counts[kinds++] = 0;
        }
        counts[k]++;
    }
    unsigned long common = sample[0];
    int best = 0;
    for (int k = 0; k < kinds; k++) {
        if (counts[k] > best) {
            best = counts[k];
            common = sample[k];
        }
    }
    long other = 0;
    for (int y = 0; y < a.height; y++) {
        for (int x = 0; x < a.width; x++) {
            other += XGetPixel(img, x, y) != common;
        }
    }
    const char *path = getenv("FIRSTFRAME_DUMP");
    if (other > 0 && path) {
        dump(img, a.width, a.height, path);
    }
    XDestroyImage(img);
    return 100.0 * other / ((double) a.width * a.height);
}

int main(int argc, char **argv) {
    if (argc != 3) {
        fprintf(stderr, "usage: firstframe TITLE TIMEOUT_MS\n");
        return 2;
    }
    const char *title = argv[1];
    long long deadline = now_ms() + atoll(argv[2]);
    Display *d = XOpenDisplay(NULL);
    if (!d) {
        fprintf(stderr, "firstframe: no display\n");
        return 2;
    }
    XSetErrorHandler(ignore_errors);
    struct timespec pause = {0, 5 * 1000000};
    Window w = 0;
    long long mapped = 0, drawn = 0;
    double covered = 0;
    while (now_ms() < deadline && !drawn) {
        if (!w) {
            w = find(d, DefaultRootWindow(d), title);
            if (w) {
                mapped = now_ms();
            }
        }
        if (w) {
            double p = differing(d, w);
            if (p > 0) {
                drawn = now_ms();
                covered = p;
            }
        }
        nanosleep(&pause, NULL);
    }
    printf(mapped ? "%lld " : "- ", mapped);
    printf(drawn ? "%lld " : "- ", drawn);
    printf(drawn ? "%.1f\n" : "-\n", covered);
    XCloseDisplay(d);
    return 0;
}
