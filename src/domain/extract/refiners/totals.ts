/**
 * The whole over its part: a statement that gives the total received and the newly received
 * ("tổng số hồ sơ tiếp nhận 1.265 hồ sơ, trong đó tiếp nhận mới 1.240 hồ sơ") means the total;
 * the newly received stand for the received only where no total is stated beside them.
 */
import type { Refiner } from "../parser";

export const preferTotals: Refiner = (candidates) => {
  const wholes = new Set(candidates.filter((c) => !c.subtotal && c.statement !== undefined).map((c) => `${c.field}@${c.statement}`));
  return candidates.filter((c) => !c.subtotal || !wholes.has(`${c.field}@${c.statement}`));
};
