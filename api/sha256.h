// SHA-256 and HMAC-SHA-256 (api/sha256.c).
#ifndef MOAT_API_SHA256_H
#define MOAT_API_SHA256_H

#include <stddef.h>
#include <stdint.h>

enum { SHA256_SIZE = 32 };

typedef struct Sha256 {
    uint32_t h[8];
    uint64_t len;  // bytes hashed so far
    uint8_t buf[64];
    size_t used;
} Sha256;

void sha256_init(Sha256 *s);
void sha256_update(Sha256 *s, const void *data, size_t n);
void sha256_final(Sha256 *s, uint8_t out[SHA256_SIZE]);
void hmac_sha256(const void *key, size_t key_len, const void *data, size_t n, uint8_t out[SHA256_SIZE]);

#endif
