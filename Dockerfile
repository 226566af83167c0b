# Production image: one process serves the web app and /graphql on port 3000.
# Build:  docker build -t praxisforum .     Run the full set: docker compose up
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json nx.json tsconfig.base.json eslint.config.js ./
COPY libs/domain/package.json libs/domain/
COPY libs/markdown/package.json libs/markdown/
COPY apps/api/package.json apps/api/
COPY apps/web/package.json apps/web/
COPY tools/e2e/package.json tools/e2e/
COPY tools/bench/package.json tools/bench/
COPY tools/eslint/package.json tools/eslint/
RUN npm ci --no-audit --no-fund
COPY libs libs
COPY apps apps
COPY tools tools
RUN npx nx run-many -t build --projects=domain,markdown,api,web --output-style=static \
 && npm prune --omit=dev --no-audit --no-fund

FROM node:20-bookworm-slim
ENV NODE_ENV=production HOST=0.0.0.0 PORT=3000 LOG_FORMAT=json
WORKDIR /app
COPY --from=build /app/package.json /app/nx.json ./
COPY --from=build /app/node_modules node_modules
COPY --from=build /app/libs/domain/package.json libs/domain/
COPY --from=build /app/libs/domain/dist libs/domain/dist
COPY --from=build /app/libs/markdown/package.json libs/markdown/
COPY --from=build /app/libs/markdown/dist libs/markdown/dist
COPY --from=build /app/apps/api/package.json apps/api/
COPY --from=build /app/apps/api/dist apps/api/dist
COPY --from=build /app/apps/api/scripts apps/api/scripts
COPY --from=build /app/apps/api/assets apps/api/assets
COPY --from=build /app/apps/web/dist apps/web/dist
COPY --from=build /app/tools/seed/data tools/seed/data
# Attachments are written to STORAGE_DIR (default /app/data/files): a volume the app user owns.
RUN mkdir -p /app/data/files && chown -R node:node /app/data
USER node
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=5s CMD node -e "fetch('http://127.0.0.1:3000/ready').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
CMD ["node", "apps/api/dist/main.js"]
