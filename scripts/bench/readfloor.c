/* The read floor: what reading every source file of a tree once costs on this machine, with no
 * parsing at all. Walks ROOT (readdir, not following symbolic links), keeps the regular files
 * whose names end in SUFFIX, then reads each one whole with THREADS threads (open, read into a
 * reused buffer until end of file, close). Prints the file count and bytes read on stderr.
 * archlint's cold check does the same walk and the same reads plus all of its own work, so
 * bench.py reports archlint's wall time as a multiple of this program's.
 *
 * With --list, the files are the NUL-separated paths in LIST instead (the very files an archlint
 * run read, as bench.py writes them), and nothing is walked.
 *
 * Build: cc -O2 -pthread -o readfloor readfloor.c
 * Usage: readfloor ROOT SUFFIX [THREADS]
 *        readfloor --list LIST [THREADS]     (THREADS defaults to 2) */
#define _GNU_SOURCE
#include <dirent.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

static char **paths;
static size_t count, capacity;
static atomic_size_t next_index;
static atomic_ulong total_bytes;
static const char *suffix;
static size_t suffix_length;

static double now(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec + t.tv_nsec / 1e9;
}

static void keep(const char *path) {
    if (count == capacity) {
        capacity = capacity ? capacity * 2 : 4096;
        paths = realloc(paths, capacity * sizeof *paths);
        if (!paths) { perror("realloc"); exit(2); }
    }
    paths[count++] = strdup(path);
}

static void walk(const char *folder) {
    DIR *dir = opendir(folder);
    if (!dir) return;
    struct dirent *entry;
    char path[4096];
    while ((entry = readdir(dir))) {
        const char *name = entry->d_name;
        if (name[0] == '.' && (!name[1] || (name[1] == '.' && !name[2]))) continue;
        snprintf(path, sizeof path, "%s/%s", folder, name);
        if (entry->d_type == DT_DIR) walk(path);
        else if (entry->d_type == DT_REG) {
            size_t length = strlen(name);
            if (length >= suffix_length && !strcmp(name + length - suffix_length, suffix)) keep(path);
        }
    }
    closedir(dir);
}

static void read_list(const char *list) {
    FILE *file = fopen(list, "rb");
    if (!file) { perror(list); exit(2); }
    char *path = NULL;
    size_t size = 0;
    ssize_t length;
    while ((length = getdelim(&path, &size, '\0', file)) > 0) {
        if (path[length - 1] == '\0') length--;
        path[length] = '\0';
        if (length) keep(path);
    }
    free(path);
    fclose(file);
}

static void *reader(void *unused) {
    (void)unused;
    size_t size = 1 << 20;
    char *buffer = malloc(size);
    unsigned long bytes = 0;
    for (;;) {
        size_t index = atomic_fetch_add(&next_index, 1);
        if (index >= count) break;
        int fd = open(paths[index], O_RDONLY | O_CLOEXEC);
        if (fd < 0) continue;
        ssize_t got;
        while ((got = read(fd, buffer, size)) > 0) bytes += (unsigned long)got;
        close(fd);
    }
    atomic_fetch_add(&total_bytes, bytes);
    free(buffer);
    return NULL;
}

int main(int argc, char **argv) {
    if (argc < 3 || argc > 4) {
        fprintf(stderr, "usage: %s ROOT SUFFIX [THREADS]\n       %s --list LIST [THREADS]\n", argv[0], argv[0]);
        return 2;
    }
    int listed = !strcmp(argv[1], "--list");
    int threads = argc == 4 ? atoi(argv[3]) : 2;
    if (threads < 1 || threads > 256) { fprintf(stderr, "THREADS must be 1 to 256\n"); return 2; }
    double start = now();
    if (listed) read_list(argv[2]);
    else {
        suffix = argv[2];
        suffix_length = strlen(suffix);
        walk(argv[1]);
    }
    double walked = now();
    if (count == 0) {
        if (listed) fprintf(stderr, "readfloor: %s names no file\n", argv[2]);
        else fprintf(stderr, "readfloor: no file ending in %s under %s\n", suffix, argv[1]);
        return 1;
    }
    pthread_t ids[256];
    for (int i = 0; i < threads; i++) pthread_create(&ids[i], NULL, reader, NULL);
    for (int i = 0; i < threads; i++) pthread_join(ids[i], NULL);
    double read = now();
    fprintf(stderr, "readfloor: %zu files, %lu bytes, %d threads; walk %.3f s, read %.3f s\n", count,
            (unsigned long)total_bytes, threads, walked - start, read - walked);
    return 0;
}
