import { Ajv2020 } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import type { ValidateFunction } from "ajv";

type Json = { [key: string]: unknown };

const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => void;

/** Validates answers against the OpenAPI document the API serves: the schema of an operation's response for a status and media type. */
export class OpenApiValidator {
  private readonly ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: true });
  private readonly compiled = new Map<string, ValidateFunction>();

  constructor(readonly document: Json) {
    addFormats(this.ajv);
    this.ajv.addSchema({ $id: "openapi", components: document.components });
  }

  /** The operation (method, path template) of an operation id. */
  operation(operationId: string): { method: string; path: string; spec: Json } {
    for (const [path, item] of Object.entries(this.document.paths as Record<string, Record<string, Json>>)) {
      for (const [method, spec] of Object.entries(item))
        if (spec.operationId === operationId) return { method, path, spec };
    }
    throw new Error(`no operation ${operationId}`);
  }

  /** Every operation id in the document. */
  operationIds(): string[] {
    return Object.values(this.document.paths as Record<string, Record<string, Json>>).flatMap((item) =>
      Object.values(item).map((spec) => String(spec.operationId)),
    );
  }

  /** The problems of a response against the document; empty when it conforms. */
  async check(operationId: string, response: Response): Promise<string[]> {
    const { spec } = this.operation(operationId);
    const responses = spec.responses as Record<string, Json>;
    const declared = responses[String(response.status)];
    if (declared === undefined) return [`${operationId}: status ${response.status} is not in the document`];
    const content = declared.content as Record<string, { schema: Json }> | undefined;
    if (content === undefined)
      return response.body === null || (await response.text()) === ""
        ? []
        : [`${operationId} ${response.status}: a body the document does not declare`];
    const type = (response.headers.get("content-type") ?? "").toLowerCase();
    const media = Object.keys(content).find((name) => type.split(";")[0]?.trim() === name.split(";")[0]?.trim());
    if (media === undefined)
      return [
        `${operationId} ${response.status}: content type ${type} is not one of ${Object.keys(content).join(", ")}`,
      ];
    const schema = content[media]?.schema ?? {};
    if (typeof schema.$ref !== "string") {
      await response.arrayBuffer();
      return [];
    }
    const validate = this.validator(schema.$ref);
    const body: unknown = await response.json();
    if (validate(body)) return [];
    return (validate.errors ?? [])
      .slice(0, 5)
      .map(
        (error) =>
          `${operationId} ${response.status}: ${error.instancePath} ${error.message ?? ""} ${JSON.stringify(error.params)}`,
      );
  }

  private validator(ref: string): ValidateFunction {
    const known = this.compiled.get(ref);
    if (known !== undefined) return known;
    const validate = this.ajv.compile({ $ref: `openapi${ref}` });
    this.compiled.set(ref, validate);
    return validate;
  }
}
